package org.casebook.kernel.directory;

import org.casebook.kernel.crisis.Body;

/** Retire a listed body, for {@code reason}: nothing names it from now on; what names it already keeps it. */
public record RetireBody(Body body, String reason) implements BodyDirectoryCommand {
}
