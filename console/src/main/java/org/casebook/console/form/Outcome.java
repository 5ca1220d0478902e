package org.casebook.console.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.casebook.command.Receipt;
import org.casebook.command.StaleVersion;

/**
 * What became of a form sent: recorded (its receipt), or refused with the status an API client would get, the
 * problems by the field they name ({@code ""} for a rule of the record as a whole), or the case changed meanwhile.
 */
public record Outcome(Receipt receipt, int status, Map<String, String> problems, StaleVersion stale) {

    public Outcome {
        problems = problems == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    static Outcome recorded(Receipt receipt) {
        return new Outcome(receipt, 200, Map.of(), null);
    }

    static Outcome refused(int status, Map<String, String> problems) {
        return new Outcome(null, status, problems, null);
    }

    static Outcome refused(int status, String field, String problem) {
        return refused(status, Map.of(field == null ? "" : field, problem));
    }

    public boolean recorded() {
        return receipt != null;
    }
}
