package org.casebook.kernel.responder;

/** Who a responder is and how to reach them: personal data, kept apart from the rest of the record. */
@PersonalData
public record PersonalDetails(String name, String contact) {

    public static final int MAX_LENGTH = 200;

    public PersonalDetails {
        if (name == null || name.isBlank() || name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a name is 1 to " + MAX_LENGTH + " characters, not blank");
        }
        if (contact != null && contact.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a contact is at most " + MAX_LENGTH + " characters");
        }
    }
}
