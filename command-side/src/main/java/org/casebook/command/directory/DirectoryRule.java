package org.casebook.command.directory;

import org.casebook.command.Rule;

/** The rules of the directory of bodies and people. A client sees the rule's name, such as {@code body-not-listed}. */
public enum DirectoryRule implements Rule {
    /** A body is listed once. */
    BODY_ALREADY_LISTED,
    /** A lead, receiving or deciding body is a body of the directory. */
    BODY_NOT_LISTED,
    /** A retired body is named by nothing new: no new lead, deciding or receiving body, no new member. */
    BODY_RETIRED,
    /** A change of a body or a person changes something. */
    DIRECTORY_UNCHANGED,
    /** A person (an account) is listed once. */
    PERSON_ALREADY_LISTED,
    /** A person renamed or moved is listed. */
    PERSON_NOT_LISTED,
    /** A handover's receiving coordinator is a coordinator's account of the receiving body. */
    RECEIVING_COORDINATOR_UNKNOWN;
}
