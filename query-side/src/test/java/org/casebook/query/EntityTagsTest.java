package org.casebook.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casebook.kernel.EntityTag;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class EntityTagsTest {

    @Test
    void a_tag_casebook_gave_reads_back_as_itself_and_names_its_version() {
        EntityTag own = EntityTag.of(7);
        EntityTag derived = EntityTag.of(7, 2, "12000.00", List.of("assessment-overdue"));

        assertThat(own).hasToString("\"7\"");
        assertThat(derived.toString()).matches("\"7-[0-9a-f]{8}\"");
        assertThat(EntityTag.parse(own.toString())).contains(own);
        assertThat(EntityTag.parse("W/" + derived)).contains(derived);
        assertThat(EntityTag.parse("7")).map(EntityTag::version).contains(7L);
    }

    @Test
    void a_tag_follows_what_it_derives_from() {
        assertThat(EntityTag.of(7, 2, "12000.00")).isEqualTo(EntityTag.of(7, 2, "12000.00"))
                                                  .isNotEqualTo(EntityTag.of(7, 3, "12000.00"))
                                                  .isNotEqualTo(EntityTag.of(8, 2, "12000.00"));
    }

    @Test
    void text_that_is_no_tag_casebook_gives_is_not_read_as_one() {
        assertThat(EntityTag.parse("\"seven\"")).isEmpty();
        assertThat(EntityTag.parse("\"7-XYZ\"")).isEmpty();
        assertThat(EntityTag.parse("\"7-1c291ca3a\"")).isEmpty();
        assertThat(EntityTag.parse("\"-7\"")).isEmpty();
    }

    @Test
    void a_client_holding_the_tag_is_answered_304_and_one_holding_another_gets_the_view() {
        EntityTag tag = EntityTag.of(7, 2);

        assertThat(EntityTags.answer("view", tag, "\"6\", " + tag).getStatusCode())
                .isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(EntityTags.answer("view", tag, "W/" + tag).getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(EntityTags.answer("view", tag, "\"7\"").getBody()).isEqualTo("view");
        assertThat(EntityTags.answer("view", tag, null).getHeaders().getETag()).isEqualTo(tag.toString());
    }
}
