package org.casebook.kernel.deployment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The days of a deployment, {@code start} to {@code end}, both included. */
public record Period(LocalDate start, LocalDate end) {

    public Period {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("a period ends on or after the day it starts");
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean overlaps(Period other) {
        return !end.isBefore(other.start) && !other.end.isBefore(start);
    }

    public Period endingOn(LocalDate newEnd) {
        return new Period(start, newEnd);
    }

    @Override
    public String toString() {
        return start + " to " + end;
    }
}
