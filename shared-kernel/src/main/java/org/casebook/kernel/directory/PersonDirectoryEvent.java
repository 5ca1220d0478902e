package org.casebook.kernel.directory;

/** An entry of the directory about one person: the account they sign in with ({@code account}, a login name). */
public sealed interface PersonDirectoryEvent extends DirectoryEvent permits PersonListed, PersonRenamed, PersonMoved {

    String account();
}
