package org.casebook.server.security;

/** What a user may do. Every endpoint names the roles it admits (see {@link SecurityConfiguration}). */
public enum Role {
    /** Logs decisions and reads everything. */
    COORDINATOR,
    /** Reads everything, writes nothing. */
    AUDITOR,
    /** Reads, to prepare reports. */
    REPORTER,
    /** Runs operations (rebuilding views, dead letters); reads no case content. */
    ADMIN,
    /** Reads the metrics and info (/actuator/prometheus, /actuator/metrics, /actuator/info) alone: what a scraper
     *  such as Prometheus signs in as. */
    METRICS
}
