package org.casebook.command.web;

import java.util.regex.Pattern;

import org.casebook.command.Actor;
import org.casebook.kernel.Clearance;
import org.casebook.kernel.EntityTag;
import org.casebook.kernel.refusal.InvalidInput;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads a {@link CommandRequest}: the actor from the authenticated principal (never from the body), If-Match
 * ({@code "3"}, or an ETag a read gave, such as {@code "3-1c291ca3"}, or {@code *} for any version) and
 * {@code X-Correlation-Id}.
 */
public class CommandRequestResolver implements HandlerMethodArgumentResolver {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return CommandRequest.class.equals(parameter.getParameterType());
    }

    @Override
    public CommandRequest resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                          NativeWebRequest request, WebDataBinderFactory binderFactory) {
        String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
        return new CommandRequest(actor(), expectedVersion(ifMatch), ifMatch != null && !ifMatch.isBlank(),
                                  correlationId(request.getHeader(CORRELATION_HEADER)));
    }

    private static Actor actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new AuthenticationCredentialsNotFoundException("a command needs an authenticated user");
        }
        return actor(authentication);
    }

    /** Who acts, as the signed-in account says: never what a request claims. */
    public static Actor actor(Authentication authentication) {
        String role = authentication.getAuthorities().stream()
                                    .map(GrantedAuthority::getAuthority)
                                    .filter(authority -> authority.startsWith("ROLE_"))
                                    .map(authority -> authority.substring("ROLE_".length()))
                                    .findFirst()
                                    .orElseThrow(() -> new IllegalStateException(
                                            authentication.getName() + " has no role"));
        return new Actor(authentication.getName(), role, Affiliation.of(authentication),
                         Clearance.holdsSbu(AuthorityUtils.authorityListToSet(authentication.getAuthorities())));
    }

    private static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        return EntityTag.parse(ifMatch)
                        .orElseThrow(() -> new InvalidInput(
                                HttpHeaders.IF_MATCH,
                                "If-Match names one version, such as \"3\", or an ETag a read gave; got " + ifMatch))
                        .version();
    }

    private static String correlationId(String header) {
        if (header == null) {
            return null;
        }
        if (!CORRELATION_ID.matcher(header).matches()) {
            throw new InvalidInput(CORRELATION_HEADER, CORRELATION_HEADER + " is 1 to 64 letters, digits or . _ : -");
        }
        return header;
    }
}
