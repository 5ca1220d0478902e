package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.openCase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.casebook.journal.store.Store;
import org.casebook.query.ViewProgress;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.Test;

/**
 * A node that stops releases what it claimed: every view's processor gives its segments back in the token store, so
 * that another node takes them at once, not after the claim has timed out.
 */
class GracefulShutdownTest {

    @Test
    void a_stopping_node_releases_every_segment_it_claimed() {
        try (CasebookInstance casebook = CasebookInstance.start()) {
            casebook.as("COORDINATOR").post("/api/crises", openCase("Claimed", "SD", null));
            assertThat(owners(casebook.bean(Store.class))).as("segments claimed while it runs")
                                                           .isNotEmpty().doesNotContainNull();

            casebook.stop();

            List<String> options = casebook.storeOptions();
            try (Store store = options.get(0).equals("--mongo-uri") ? Store.mongo(options.get(1), options.get(3))
                    : Store.embedded(Path.of(options.get(1)), 0, options.get(3))) {
                assertThat(owners(store)).as("segments' owners once it stopped").isNotEmpty().containsOnlyNulls();
            }
        }
    }

    /** The owner of every segment of every processor, as the token store holds them (null: released). */
    private static List<String> owners(Store store) {
        List<String> owners = new ArrayList<>();
        for (Document token : store.database().getCollection(ViewProgress.TOKENS).find()) {
            owners.add(token.getString("owner"));
        }
        return owners;
    }
}
