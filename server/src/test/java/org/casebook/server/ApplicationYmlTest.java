package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.casebook.command.CommandSettings;
import org.casebook.command.handover.HandoverSettings;
import org.casebook.query.QuerySettings;
import org.casebook.query.catalog.ViewSettings;
import org.casebook.query.overdue.ReviewSettings;
import org.casebook.query.reporting.ReportSettings;
import org.casebook.server.store.DataFolder;
import org.casebook.server.store.StoreSettings;
import org.casebook.server.web.ApiSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** application.yml is the one place of the defaults: it gives every key of every part's settings. */
class ApplicationYmlTest {

    @Test
    void application_yml_gives_every_setting_of_every_part_a_value() throws Exception {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<Class<?>> settings = new ArrayList<>();
        for (BeanDefinition found : scan.findCandidateComponents("org.casebook")) {
            Class<?> type = Class.forName(found.getBeanClassName());
            ConfigurationProperties properties = AnnotationUtils.findAnnotation(type, ConfigurationProperties.class);
            Object bound = ApplicationYml.bind(properties.prefix().isEmpty() ? properties.value() : properties.prefix(),
                                               type);
            for (RecordComponent component : type.getRecordComponents()) {
                assertThat(component.getAccessor().invoke(bound)).as(type.getSimpleName() + "." + component.getName())
                                                                  .isNotNull();
            }
            settings.add(type);
        }

        assertThat(settings).contains(CommandSettings.class, HandoverSettings.class, QuerySettings.class,
                                      ReportSettings.class, ReviewSettings.class, ApiSettings.class,
                                      StoreSettings.class, DataFolder.class, ViewSettings.class);
    }

    @Test
    void the_report_settings_are_in_application_yml() {
        ReportSettings reports = ApplicationYml.bind("casebook.reports", ReportSettings.class);

        assertThat(reports.fiscalYearStart()).hasToString("OCTOBER");
        assertThat(reports.checkpointEvery()).isEqualTo(100_000);
        assertThat(reports.ledgerRefresh()).hasSeconds(30);
    }
}
