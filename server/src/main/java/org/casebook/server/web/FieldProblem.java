package org.casebook.server.web;

/** What is wrong with one field of a request ({@code null} field: with the request as a whole). */
record FieldProblem(String field, String message) {
}
