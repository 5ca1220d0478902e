package org.casebook.query.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.casebook.kernel.refusal.InvalidInput;
import org.casebook.query.ViewDefinition;
import org.casebook.query.board.BoardProjection;
import org.casebook.query.board.BoardRow;
import org.casebook.query.timeline.TimelineProjection;
import org.junit.jupiter.api.Test;

/** Each view is defined once, and the definitions keep the views apart. */
class ViewCatalogTest {

    @Test
    void no_two_views_share_a_name() {
        assertThat(ViewCatalog.NAMES).doesNotHaveDuplicates().hasSameSizeAs(ViewCatalog.ALL);
    }

    @Test
    void no_two_views_share_a_collection_so_a_rebuild_drops_only_its_own() {
        List<String> collections = ViewCatalog.ALL.stream().flatMap(view -> view.collections().stream()).toList();
        assertThat(collections).doesNotHaveDuplicates();
    }

    @Test
    void each_view_has_a_projection_of_its_own() {
        assertThat(ViewCatalog.ALL.stream().map(ViewDefinition::projectionType).toList()).doesNotHaveDuplicates();
    }

    @Test
    void a_view_is_found_by_its_name() {
        assertThat(ViewCatalog.definition("board")).isSameAs(BoardProjection.VIEW);
        assertThat(ViewCatalog.known("timeline")).isEqualTo(TimelineProjection.VIEW.name());
    }

    @Test
    void an_unknown_view_is_refused_naming_the_views() {
        assertThatThrownBy(() -> ViewCatalog.known("boards"))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("view"))
                .hasMessageContaining("no view boards").hasMessageContaining(ViewCatalog.NAMES.toString());
    }

    @Test
    void a_view_reaches_only_the_collections_it_lists_by_name() {
        assertThat(BoardProjection.VIEW.collection(BoardProjection.ROWS)).isEqualTo("view_board");
        assertThatThrownBy(() -> BoardProjection.VIEW.store(name -> null, TimelineProjection.LINES, BoardRow.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the board view has no collection view_timeline");
    }
}
