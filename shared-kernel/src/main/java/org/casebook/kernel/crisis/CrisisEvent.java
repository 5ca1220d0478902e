package org.casebook.kernel.crisis;

/**
 * An entry in the record of one crisis case: the entries of this package, and the handover entries
 * ({@code HandoverEvent}, in their own package, which is why this interface cannot be sealed).
 */
public interface CrisisEvent {

    CaseId crisisId();
}
