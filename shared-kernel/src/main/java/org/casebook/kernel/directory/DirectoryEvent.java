package org.casebook.kernel.directory;

/** An entry of the directory: about one body, or about one person (an account). One stream for the directory. */
public sealed interface DirectoryEvent permits BodyDirectoryEvent, PersonDirectoryEvent {
}
