package org.casebook.kernel.responder;

/**
 * The three components of the civilian response corps: full-time responders deployable within days, employees of
 * other agencies who deploy for limited tours, and volunteers from outside the government.
 */
public enum CorpsComponent {
    ACTIVE, STANDBY, RESERVE
}
