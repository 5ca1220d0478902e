package org.casebook.server.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details. Each kind of problem has a stable {@code type}, {@code /problems/<kind>}, that clients
 * can branch on; the {@code detail} says what was wrong in words.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatus status, String kind, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + kind));
        problem.setTitle(title);
        return problem;
    }

    /** 400 naming each field that is wrong, with {@code detail} saying all of it in words. */
    static ProblemDetail invalid(String detail, List<FieldProblem> fields) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        if (!fields.isEmpty()) {
            problem.setProperty("errors", fields.stream()
                                                .map(field -> Map.of("field", String.valueOf(field.field()),
                                                                     "message", field.message()))
                                                .toList());
        }
        return problem;
    }

    /** 403 for a request the caller's role may not make (SBU clearance is another refusal: "Not cleared"). */
    public static ProblemDetail notAllowedForRole(HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed for your role",
                       request.getMethod() + " " + request.getRequestURI() + " is not allowed for your role");
    }

    /** Writes a problem outside Spring MVC (from filters and the security layer). */
    public static void write(HttpServletRequest request, HttpServletResponse response, ObjectMapper json,
                             ProblemDetail problem) throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
