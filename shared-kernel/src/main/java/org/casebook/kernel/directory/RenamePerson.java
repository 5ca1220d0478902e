package org.casebook.kernel.directory;

/** Give a listed person another display name. */
public record RenamePerson(String account, String displayName) implements BodyDirectoryCommand {
}
