package org.casebook.console.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormFieldsTest {

    record Away(Boolean available, LocalDate until, String reason) {
    }

    record Registration(String name, List<String> skills, Integer maxTourDays, Away availability) {
    }

    @Test
    void a_record_within_the_request_is_made_of_the_fields_named_after_it() {
        FormFields fields = new FormFields(Map.of("name", List.of("Amina Diallo"),
                                                  "skills", List.of("rule-of-law", "elections"),
                                                  "availability.available", List.of("false"),
                                                  "availability.until", List.of("2027-03-05"),
                                                  "availability.reason", List.of("Training"),
                                                  "version", List.of("3")));

        assertThat(fields.body(Registration.class)).isEqualTo(Map.of(
                "name", "Amina Diallo", "skills", List.of("rule-of-law", "elections"),
                "availability", Map.of("available", false, "until", "2027-03-05", "reason", "Training")));
    }

    @Test
    void a_record_within_the_request_whose_fields_are_all_blank_is_no_record() {
        FormFields fields = new FormFields(Map.of("name", List.of("Amina Diallo"), "availability.until", List.of(""),
                                                  "maxTourDays", List.of(" 90 ")));

        assertThat(fields.body(Registration.class)).isEqualTo(Map.of("name", "Amina Diallo", "skills", List.of(),
                                                                     "maxTourDays", 90L));
    }

    @Test
    void only_true_and_false_are_a_yes_or_no_anything_else_is_left_to_the_api_to_refuse() {
        FormFields yes = new FormFields(Map.of("available", List.of("true")));
        FormFields other = new FormFields(Map.of("available", List.of("yes")));

        assertThat(yes.body(Away.class)).isEqualTo(Map.of("available", true));
        assertThat(other.body(Away.class)).isEqualTo(Map.of("available", "yes"));
    }

    @Test
    void a_form_reshaped_to_remove_a_text_of_a_list_keeps_the_others_filled_in_and_the_item_lists_whole() {
        FormFields fields = new FormFields(Map.of("risks", List.of("Floods", "", "Raids", "Fuel"),
                                                  "openItems[0].item", List.of("Handover of the warehouse"),
                                                  "reshape", List.of("remove:risks:1")));

        FormFields reshaped = fields.reshape();

        assertThat(reshaped.filled("risks")).containsExactly("Floods", "Fuel");
        assertThat(reshaped.value("openItems[0].item")).isEqualTo("Handover of the warehouse");
        assertThat(reshaped.reshaped()).isFalse();
    }
}
