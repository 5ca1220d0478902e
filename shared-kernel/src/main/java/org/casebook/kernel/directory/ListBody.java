package org.casebook.kernel.directory;

import org.casebook.kernel.crisis.Body;

/** List a body in the directory, so that cases, decisions and handovers may name it. */
public record ListBody(Body body, BodyKind kind, String displayName) implements BodyDirectoryCommand {
}
