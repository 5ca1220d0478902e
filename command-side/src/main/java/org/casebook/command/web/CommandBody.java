package org.casebook.command.web;

import java.time.Instant;

/** The JSON body of a write: besides what the command says, when it takes effect (null: now). */
public interface CommandBody {

    Instant effectiveAt();
}
