package org.casebook.server.web;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;

/** A request body grew past the limit while it was being read. */
public class PayloadTooLarge extends IOException {

    private final DataSize limit;

    public PayloadTooLarge(DataSize limit) {
        super("the request body is larger than " + limit.toKilobytes() + " KB");
        this.limit = limit;
    }

    public DataSize limit() {
        return limit;
    }

    public static ProblemDetail problem(DataSize limit) {
        return Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Request body too large",
                                "the request body is larger than the limit of " + limit.toKilobytes() + " KB");
    }
}
