package org.casebook.kernel.crisis;

/** A command addressed to one crisis case. */
public interface CrisisCommand {

    CrisisId crisisId();
}
