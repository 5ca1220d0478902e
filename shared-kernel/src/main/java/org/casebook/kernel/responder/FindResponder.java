package org.casebook.kernel.responder;

/** One responder as the roster shows them. */
public record FindResponder(ResponderId responderId) {
}
