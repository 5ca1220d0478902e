package org.casebook.command.directory;

/** How the directory of people names an account now: the launcher answers it from the directory's record. */
public interface PersonNames {

    /** The display name the directory lists {@code account} under, or {@code account} itself if it lists none. */
    String displayNameOf(String account);
}
