package org.casebook.server.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.casebook.journal.json.EventTypes;
import org.casebook.journal.json.JournalJson;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.query.history.AsOf;
import org.casebook.query.history.CaseHistory;
import org.casebook.query.history.TimeTravel;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "as-of", mixinStandardHelpOptions = true,
         description = {"Show a case file, or the status board, as it was at a recorded time (what was known), an "
                 + "effective time (what had happened) or a journal position, as JSON.",
                 "Works on a stopped server's data folder, or on MongoDB; the read is written to the access log."})
final class AsOfCommand extends CasebookCommand {

    @Parameters(arity = "0..1", paramLabel = "CASE", description = "the case's id; without it, the status board")
    String caseId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Moment moment;

    static final class Moment {
        @Option(names = "--recorded-at", description = "an ISO-8601 instant: what Casebook knew then")
        String recordedAt;

        @Option(names = "--effective-at", description = "an ISO-8601 instant: what had happened by then")
        String effectiveAt;

        @Option(names = "--position", description = "a journal position")
        Long position;
    }

    @CommandLine.Mixin
    StoreOptions where;

    @Override
    public Integer call() throws Exception {
        AsOf asOf = asOf();
        return where.run(err(), "as-of", "GET /api/crises/{id}/as-of", store -> {
            TimeTravel timeTravel = new TimeTravel(
                    CaseHistory.live(store.database(), JournalSerializer.create(EventTypes.published())));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("case", caseId);
            details.put("asOf", asOf.toString());
            StoreOptions.recordAccess(store, (caseId == null ? "board" : "case file") + " as of (command line)",
                                      details);
            ObjectMapper json = JournalJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
            if (caseId == null) {
                out().println(json.writeValueAsString(timeTravel.board(asOf, null, null)));
                return DONE;
            }
            var file = timeTravel.caseFile(caseId, asOf);
            if (file.isEmpty()) {
                err().println("casebook as-of: case " + caseId + " did not exist as of " + asOf);
                return NO;
            }
            out().println(json.writeValueAsString(file.get()));
            return DONE;
        });
    }

    private AsOf asOf() {
        if (moment.position != null) {
            return AsOf.position(moment.position);
        }
        boolean recorded = moment.recordedAt != null;
        String text = recorded ? moment.recordedAt : moment.effectiveAt;
        try {
            Instant at = Instant.parse(text);
            return recorded ? AsOf.recorded(at) : AsOf.effective(at);
        } catch (DateTimeParseException e) {
            throw usageError((recorded ? "--recorded-at" : "--effective-at")
                    + ": an ISO-8601 instant such as 2026-03-01T12:00:00Z, not " + text);
        }
    }
}
