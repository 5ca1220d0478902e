package org.casebook.journal.upcasting;

/**
 * {@code HandoverAccepted} revision 2 to 3: an acceptance names its acceptor as the directory of people named them
 * ({@code acceptorName}). Before, the views showed the acceptor's login name, so revision 2 reads with that
 * ({@code acceptedBy.user}) as the name, as it was shown: the case file, board and reports built from it stay the
 * same. The stored event is not changed.
 */
public final class AcceptorNameUpcaster extends AddedFieldUpcaster {

    public AcceptorNameUpcaster() {
        super("HandoverAccepted", "2", "3", "acceptorName", stored -> stored.path("acceptedBy").path("user"));
    }
}
