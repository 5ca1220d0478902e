package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.casebook.journal.testing.TestStore;
import org.casebook.server.security.DemoUsers;
import org.casebook.server.security.Role;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store's demo users: generated once, kept private in the data folder, or all set from the environment. */
class DemoUsersTest {

    @TempDir
    Path data;

    @Test
    void demo_passwords_are_generated_once_and_kept_readable_by_the_owner_only() throws Exception {
        List<DemoUsers.DemoUser> first = DemoUsers.load(data, null);
        List<DemoUsers.DemoUser> second = DemoUsers.load(data, null);

        assertThat(first).extracting(DemoUsers.DemoUser::name)
                         .containsExactly("coordinator", "field-coordinator", "auditor", "reporter", "admin");
        assertThat(first).extracting(DemoUsers.DemoUser::role)
                         .containsExactly(Role.COORDINATOR, Role.COORDINATOR, Role.AUDITOR, Role.REPORTER, Role.ADMIN);
        assertThat(first).extracting(DemoUsers.DemoUser::body).containsExactly("CRSG", "Embassy", null, null, null);
        assertThat(first).extracting(DemoUsers.DemoUser::clearance).containsExactly("SBU", null, "SBU", "SBU", null);
        assertThat(first).extracting(DemoUsers.DemoUser::displayName)
                         .containsExactly("M. Alvarez", "J. Okafor", "R. Chen", "S. Haddad", "P. Novak");
        assertThat(first).extracting(DemoUsers.DemoUser::password).allMatch(password -> password.length() >= 16)
                         .doesNotHaveDuplicates();
        assertThat(second).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(DemoUsers.FILE_NAME))))
                .isEqualTo("rw-------");
    }

    @Test
    void a_shared_demo_password_from_the_environment_applies_to_every_demo_user_and_is_kept() {
        DemoUsers.load(data, null);

        assertThat(DemoUsers.load(data, "demo-2026")).extracting(DemoUsers.DemoUser::password).containsOnly("demo-2026");
        assertThat(DemoUsers.load(data, null)).extracting(DemoUsers.DemoUser::password).containsOnly("demo-2026");
    }

    @Test
    void demo_passwords_given_by_the_environment_are_kept_for_a_restart_without_it() throws Exception {
        assumeTrue(TestStore.realMongoUri() == null, "demo users exist only on the embedded store");
        try (CasebookInstance casebook = CasebookInstance.startWithDemoUsers(
                Map.of("casebook.security.demo-password", "demo-2026"))) {
            assertThat(new Api(casebook.baseUrl(), "coordinator", "demo-2026").get("/api/journal/head").status())
                    .isEqualTo(200);
            casebook.stop();
            casebook.restartWith(Map.of());

            for (String user : List.of("coordinator", "field-coordinator", "auditor", "reporter", "admin")) {
                assertThat(new Api(casebook.baseUrl(), user, "demo-2026").get("/api/journal/head").status())
                        .as(user).isEqualTo(200);
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    casebook.dataDirectory().resolve(DemoUsers.FILE_NAME)))).isEqualTo("rw-------");
        }
    }

    @Test
    void the_demo_users_sign_in_on_the_embedded_store() {
        assumeTrue(TestStore.realMongoUri() == null, "demo users exist only on the embedded store");
        try (CasebookInstance casebook = CasebookInstance.startWithDemoUsers()) {
            for (DemoUsers.DemoUser user : DemoUsers.load(casebook.dataDirectory(), null)) {
                Api api = new Api(casebook.baseUrl(), user.name(), user.password());
                assertThat(api.get("/api/journal/head").status()).as(user.name()).isEqualTo(200);
            }
        }
    }
}
