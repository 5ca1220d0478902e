package org.casebook.kernel.crisis;

/** One page of the status board; {@code stage} and {@code country} filter when not null. Pages count from 0. */
public record FindStatusBoard(Stage stage, CountryCode country, int page, int size) {
}
