package org.casebook.server.web;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container answers by itself is a problem detail too, like every other error: Tomcat's 408 when
 * a request body stops arriving for its connection timeout, its 400 when a body cannot be read, and a failure
 * outside Spring MVC (500). It replaces Spring Boot's error page.
 */
@RestController
public class ContainerErrors implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                && HttpStatus.resolve(code) != null ? HttpStatus.resolve(code) : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem = switch (status) {
            case REQUEST_TIMEOUT -> BodyDeadline.problem("the request body stopped arriving before it was complete");
            case BAD_REQUEST -> Problems.problem(status, "invalid-request", "Invalid request",
                                                 "the request could not be read");
            case INTERNAL_SERVER_ERROR -> Problems.problem(status, "internal-error", "Internal error",
                                                           "the server failed to answer; the failure is logged");
            default -> Problems.problem(status, "http-" + status.value(), status.getReasonPhrase(),
                                        status.value() + " " + status.getReasonPhrase());
        };
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            problem.setInstance(URI.create(uri));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
