package org.casebook.server.web;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.casebook.server.security.SecurityConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside Casebook's own handlers are problem details too, and say nothing of the classes or
 * libraries inside: those the servlet container sends to {@code /error} (a failure in a filter, Tomcat's 408 when
 * a body stops arriving for its connection timeout, its 400 when a body cannot be read), and those Tomcat answers
 * itself before any servlet runs (a malformed request line, headers too large, an encoded slash), through an error
 * report valve of our own. It replaces Spring Boot's error page.
 */
@RestController
public class ErrorProblems implements ErrorController {

    @RequestMapping(path = "/error", produces = MediaType.APPLICATION_PROBLEM_JSON_VALUE)
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer value ? value : 500);
        ProblemDetail problem = problemFor(status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status);
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            problem.setInstance(URI.create(uri));
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                             .body(problem);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    static ProblemDetail problemFor(HttpStatus status) {
        if (status == HttpStatus.REQUEST_TIMEOUT) {
            return BodyDeadline.problem("the request body stopped arriving before it was complete");
        }
        String detail = switch (status) {
            case BAD_REQUEST -> "the request is malformed: check its URL (no encoded slashes or backslashes, no "
                    + "path parameters such as ;jsessionid) and its headers";
            case NOT_FOUND -> "there is nothing at this address";
            case METHOD_NOT_ALLOWED -> "this address does not take this method";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "the request's headers are too large";
            default -> status.is5xxServerError() ? "the server failed to answer; the failure is logged"
                    : "the request cannot be answered";
        };
        return Problems.problem(status, status.is5xxServerError() ? "internal-error"
                : status == HttpStatus.BAD_REQUEST ? "invalid-request" : "http-" + status.value(),
                status.getReasonPhrase(), detail);
    }

    /** Tomcat's own error answers (before any servlet runs), written as problem details with no server details. */
    public static final class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int code = response.getStatus();
            if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus status = HttpStatus.resolve(code);
            ProblemDetail problem = problemFor(status == null ? HttpStatus.BAD_REQUEST : status);
            String json = "{\"type\":\"" + problem.getType() + "\",\"title\":\"" + problem.getTitle()
                          + "\",\"status\":" + problem.getStatus() + ",\"detail\":\"" + problem.getDetail() + "\"}";
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(json);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone, or the response was committed meanwhile: nothing more can be said
            }
        }
    }
}
