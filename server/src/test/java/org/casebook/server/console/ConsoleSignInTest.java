package org.casebook.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.CasebookInstance.userFor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.casebook.server.testing.Browser;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** People sign in to the console with a form and a session, the API keeps HTTP Basic, and neither leaks into the other. */
class ConsoleSignInTest {

    private static final By SIGNED_IN = By.cssSelector("[data-testid=signed-in]");

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();

    @Test
    void a_coordinator_signs_in_with_the_form_and_lands_on_the_board_the_header_saying_who_in_which_role_and_body() {
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);

            assertThat(browser.path()).isEqualTo("/board");
            assertThat(browser.title()).startsWith("Status board");
            assertThat(browser.text(SIGNED_IN)).contains(userFor("COORDINATOR"), "COORDINATOR", "CRSG", "SBU");
        }
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_strict_so_no_script_or_other_site_can_use_it() {
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("AUDITOR")).await(SIGNED_IN);

            Cookie session = browser.cookie("CASEBOOK_SESSION");
            assertThat(session).isNotNull();
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(session.getSameSite()).isEqualTo("Strict");
        }
    }

    @Test
    void a_wrong_password_is_refused_in_words_and_signs_no_one_in() {
        try (Browser browser = Browser.at(casebook)) {
            browser.open("/sign-in").type("username", userFor("COORDINATOR")).type("password", "not-the-password")
                   .click(By.cssSelector("form.usa-form button[type=submit]"));

            assertThat(browser.await(By.cssSelector("[role=alert]")).getText())
                    .isEqualTo("The user name or the password is not right.");
            browser.open("/board");
            assertThat(browser.path()).isEqualTo("/sign-in");
        }
    }

    @Test
    void signing_out_ends_the_session_and_the_board_asks_for_sign_in_again() {
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("REPORTER")).await(SIGNED_IN);

            browser.click(By.cssSelector("[data-testid=signed-in] button[type=submit]"));

            assertThat(browser.await(By.cssSelector("[role=status]")).getText()).isEqualTo("You are signed out.");
            browser.open("/board");
            assertThat(browser.path()).isEqualTo("/sign-in");
        }
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused_and_signs_no_one_in() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> forged = client.send(
                HttpRequest.newBuilder(URI.create(casebook.baseUrl() + "/sign-in"))
                           .header("Content-Type", "application/x-www-form-urlencoded")
                           .POST(HttpRequest.BodyPublishers.ofString(
                                   "username=" + userFor("COORDINATOR") + "&password=" + CasebookInstance.PASSWORD))
                           .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(403);
        HttpRequest.Builder withItsCookie = HttpRequest.newBuilder(URI.create(casebook.baseUrl() + "/board"));
        forged.headers().firstValue("Set-Cookie").ifPresent(c -> withItsCookie.header("Cookie", c.split(";")[0]));
        HttpResponse<String> board = client.send(withItsCookie.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(board.statusCode()).isEqualTo(302);
        assertThat(board.headers().firstValue("Location")).get().asString().endsWith("/sign-in");
    }

    @Test
    void console_pages_allow_no_inline_script_or_style() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(casebook.baseUrl() + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'self'", "style-src 'self'").doesNotContain("unsafe-inline");
        assertThat(page.body()).doesNotContain("<style").doesNotContain("style=\"").doesNotContainPattern("<script>");
    }

    @Test
    void the_api_keeps_http_basic_and_no_session_while_a_page_without_sign_in_leads_to_the_form() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create(casebook.baseUrl() + "/api/crises"))
                                                          .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(casebook.baseUrl() + "/board"))
                                                           .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Casebook\"");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).get().asString().endsWith("/sign-in");
        assertThat(casebook.as("COORDINATOR").get("/api/crises").headers().keySet())
                .noneMatch(header -> header.equalsIgnoreCase("Set-Cookie"));
    }
}
