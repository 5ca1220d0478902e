package org.casebook.server;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.casebook.journal.AppendCapture;
import org.casebook.journal.AppendedCommit;
import org.junit.jupiter.api.Test;

/** The dependencies between Casebook's parts point one way, and the published language stays framework-free. */
class ArchitectureTest {

    private static final JavaClasses CASEBOOK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.casebook");

    @Test
    void the_command_side_does_not_depend_on_the_query_side() {
        noClasses().that().resideInAPackage("org.casebook.command..")
                   .should().dependOnClassesThat().resideInAPackage("org.casebook.query..")
                   .check(CASEBOOK);
    }

    @Test
    void the_query_side_does_not_depend_on_the_command_side() {
        noClasses().that().resideInAPackage("org.casebook.query..")
                   .should().dependOnClassesThat().resideInAPackage("org.casebook.command..")
                   .check(CASEBOOK);
    }

    @Test
    void the_shared_kernel_uses_no_framework_store_or_other_part_of_casebook() {
        noClasses().that().resideInAPackage("org.casebook.kernel..")
                   .should().dependOnClassesThat().resideInAnyPackage(
                           "org.springframework..", "com.mongodb..", "org.bson..", "org.axonframework..",
                           "com.fasterxml..", "jakarta..", "org.casebook.journal..", "org.casebook.command..",
                           "org.casebook.query..", "org.casebook.server..")
                   .check(CASEBOOK);
    }

    @Test
    void the_journal_knows_no_side_and_no_spring() {
        noClasses().that().resideInAPackage("org.casebook.journal..")
                   .should().dependOnClassesThat().resideInAnyPackage(
                           "org.springframework..", "org.casebook.command..", "org.casebook.query..",
                           "org.casebook.server..")
                   .check(CASEBOOK);
    }

    @Test
    void the_command_side_knows_of_the_journal_only_what_a_receipt_is_made_of() {
        noClasses().that().resideInAPackage("org.casebook.command..")
                   .should().dependOnClassesThat(resideInAPackage("org.casebook.journal..")
                           .and(not(type(AppendCapture.class).or(type(AppendCapture.Captured.class))
                                    .or(type(AppendedCommit.class)).or(type(AppendedCommit.Event.class)))))
                   .check(CASEBOOK);
    }

    @Test
    void no_side_and_no_store_knows_the_console() {
        noClasses().that().resideInAnyPackage("org.casebook.kernel..", "org.casebook.journal..",
                                              "org.casebook.command..", "org.casebook.query..")
                   .should().dependOnClassesThat().resideInAPackage("org.casebook.console..")
                   .check(CASEBOOK);
    }

    @Test
    void the_console_reaches_the_journal_only_through_the_command_and_query_sides() {
        noClasses().that().resideInAPackage("org.casebook.console..")
                   .should().dependOnClassesThat().resideInAnyPackage("org.casebook.journal..", "com.mongodb..",
                                                                       "org.bson..")
                   .check(CASEBOOK);
    }

    @Test
    void only_the_launcher_knows_the_launcher() {
        noClasses().that().resideOutsideOfPackage("org.casebook.server..")
                   .should().dependOnClassesThat().resideInAPackage("org.casebook.server..")
                   .check(CASEBOOK);
    }

    @Test
    void views_are_pure_folds_free_of_storage_and_spring() {
        noClasses().that().haveSimpleNameEndingWith("Fold")
                   .should().dependOnClassesThat().resideInAnyPackage(
                           "org.springframework..", "com.mongodb..", "org.bson..", "org.axonframework..")
                   .check(CASEBOOK);
    }
}
