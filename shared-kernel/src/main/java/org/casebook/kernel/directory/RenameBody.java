package org.casebook.kernel.directory;

import org.casebook.kernel.crisis.Body;

/** Give a listed body another kind or display name; its name, as cases store it, stays. */
public record RenameBody(Body body, BodyKind kind, String displayName) implements BodyDirectoryCommand {
}
