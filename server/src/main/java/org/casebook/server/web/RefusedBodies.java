package org.casebook.server.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.ContinueResponseTiming;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat never waits for the body of a request Casebook refused. Left alone, it reads what remains of a body after
 * the answer (up to 2 MB), to keep the connection for a next request, at whatever pace the client sends it: a
 * client that declared a body and sent a byte every few seconds kept a thread for hours, though it had been
 * answered 401 at once, and 250 of them stopped the server. Now a refused request (4xx, 5xx) whose body is not all
 * read has its connection closed after the answer, and no other unread body is drained either. Tomcat asks for a
 * body ({@code 100 Continue}) only once Casebook reads it, so a client that waits to be asked is refused before it
 * sends any.
 */
@Component
public class RefusedBodies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addEngineValves(new CloseInsteadOfDraining());
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                http.setContinueResponseTiming(ContinueResponseTiming.ON_REQUEST_BODY_READ.toString());
                http.setMaxSwallowSize(0);
            }
        });
    }

    /**
     * After the answer: a refused request's unread body is not read, its connection is closed instead. It is the
     * outermost valve, so Tomcat does not take the closing for an error that needs an error page of its own.
     */
    static final class CloseInsteadOfDraining extends ValveBase {

        CloseInsteadOfDraining() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            getNext().invoke(request, response);
            if (response.getStatus() >= 400 && !request.isFinished()) {
                request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            }
        }
    }
}
