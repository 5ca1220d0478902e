package org.casebook.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casebook.query.catalog.ViewCatalog;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.casebook.server.testing.CommandLines;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./casebook rebuild VIEW} asks a running Casebook to rebuild a view and follows it to the end. */
class RebuildCommandTest {

    @AutoClose
    private static CasebookInstance casebook;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path folder;

    @BeforeAll
    static void start() {
        casebook = CasebookInstance.start();
        Api coordinator = casebook.as("COORDINATOR");
        String id = coordinator.post("/api/crises", openCase()).id();
        coordinator.post("/api/crises/" + id + "/decisions", decision("Rebuild me", null));
    }

    @Test
    void a_view_is_rebuilt_and_the_command_says_so() throws Exception {
        int exit = casebook("rebuild", "board", "--url", casebook.baseUrl(), "--password-file",
                            password(CasebookInstance.PASSWORD).toString());

        assertThat(exit).as(err.toString()).isEqualTo(CasebookCommand.DONE);
        assertThat(out.toString()).startsWith("rebuilt board into generation ");
    }

    @Test
    void a_wrong_password_or_an_unknown_view_exits_2_with_the_reason() throws Exception {
        assertThat(casebook("rebuild", "board", "--url", casebook.baseUrl(), "--password-file",
                            password("wrong").toString())).isEqualTo(CasebookCommand.COULD_NOT);
        assertThat(err.toString()).contains("401");
        assertThat(casebook("rebuild", "nonsense", "--url", casebook.baseUrl(), "--password-file",
                            password(CasebookInstance.PASSWORD).toString())).isEqualTo(CasebookCommand.COULD_NOT);
        assertThat(err.toString()).contains("no view nonsense");
    }

    @Test
    void the_help_names_every_view_there_is_and_nothing_else() {
        assertThat(casebook("rebuild", "--help")).isZero();

        String help = out.toString().replaceAll("\\s+", " ");
        assertThat(help).contains("one of: " + String.join(", ", ViewCatalog.NAMES));
    }

    @Test
    void no_server_there_exits_2() throws Exception {
        assertThat(casebook("rebuild", "board", "--url", "http://localhost:1", "--password-file",
                            password("x").toString())).isEqualTo(CasebookCommand.COULD_NOT);
        assertThat(err.toString()).contains("no Casebook answers");
    }

    private Path password(String password) throws Exception {
        return Files.writeString(Files.createTempFile(folder, "password", ".txt"), password);
    }

    private int casebook(String... arguments) {
        return CommandLines.run(out, err, arguments);
    }
}
