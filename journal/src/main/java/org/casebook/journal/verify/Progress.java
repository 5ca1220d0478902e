package org.casebook.journal.verify;

/** How far a verification has come: the position reached, the head it is heading for, and its pace. */
public record Progress(long position, long head, long commits, long events, double commitsPerSecond) {
}
