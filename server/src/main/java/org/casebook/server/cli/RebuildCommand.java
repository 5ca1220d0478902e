package org.casebook.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.casebook.query.catalog.ViewCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rebuild", mixinStandardHelpOptions = true,
         description = {"Rebuild a view of a running Casebook from its journal, showing the progress; the old view "
                 + "serves until the new one takes over.",
                 "Signs in as an ADMIN; the password comes from --password-file, or $CASEBOOK_PASSWORD, or "
                         + "$CASEBOOK_DEMO_PASSWORD. Exit code: 0 rebuilt, 1 the rebuild failed, 2 could not ask."})
final class RebuildCommand extends CasebookCommand {

    private static final Duration POLL = Duration.ofMillis(500);

    @Parameters(paramLabel = "VIEW", completionCandidates = ViewNames.class,
                description = "one of: ${COMPLETION-CANDIDATES}")
    String view;

    /** The views as the server knows them ({@link ViewCatalog#NAMES}), so the help never lists fewer than it rebuilds. */
    static final class ViewNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ViewCatalog.NAMES.iterator();
        }
    }

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "Casebook (default: ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--user", defaultValue = "admin", description = "an ADMIN user (default: ${DEFAULT-VALUE})")
    String user;

    @Option(names = "--password-file", description = "a file holding the user's password")
    Path passwordFile;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        PrintWriter err = err();
        String password = password();
        if (password == null) {
            err.println("casebook rebuild: no password: give --password-file, or set CASEBOOK_PASSWORD");
            return COULD_NOT;
        }
        String path = "/api/admin/views/" + view + "/rebuild";
        try {
            HttpResponse<String> started = send("POST", path, password);
            if (started.statusCode() != 202) {
                err.println("casebook rebuild: " + started.statusCode() + " " + detail(started));
                return COULD_NOT;
            }
            JsonNode progress = json.readTree(started.body());
            long shown = -1;
            while (progress.get("state").asText().equals("RUNNING")) {
                if (progress.get("position").asLong() != shown) {
                    shown = progress.get("position").asLong();
                    err.printf("  position %,d of %,d (%,.0f events/s)%n", shown, progress.get("head").asLong(),
                               progress.get("eventsPerSecond").asDouble());
                }
                Thread.sleep(POLL.toMillis());
                progress = json.readTree(send("GET", path, password).body());
            }
            if (progress.get("state").asText().equals("DONE")) {
                out.printf("rebuilt %s into generation %d up to position %,d%n", view,
                           progress.get("generation").asInt(), progress.get("position").asLong());
                return DONE;
            }
            out.println("the rebuild of " + view + " failed: " + progress.path("failure").asText()
                                + "; the live view stays as it was");
            return NO;
        } catch (ConnectException e) {
            err.println("casebook rebuild: no Casebook answers at " + url + " (is it running?)");
            return COULD_NOT;
        }
    }

    private HttpResponse<String> send(String method, String path, String password)
            throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
                                         .header("Authorization", "Basic " + credentials)
                                         .method(method, HttpRequest.BodyPublishers.noBody())
                                         .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String detail(HttpResponse<String> response) {
        try {
            return json.readTree(response.body()).path("detail").asText(response.body());
        } catch (IOException e) {
            return response.body();
        }
    }

    private String password() throws IOException {
        if (passwordFile != null) {
            return Files.readString(passwordFile).strip();
        }
        String password = System.getenv("CASEBOOK_PASSWORD");
        return password != null ? password : System.getenv("CASEBOOK_DEMO_PASSWORD");
    }
}
