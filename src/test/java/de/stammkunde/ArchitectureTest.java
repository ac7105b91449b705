package de.stammkunde;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of STYLE.md: domain ← data ← service ← ui / cli, with the composition root in app. */
@AnalyzeClasses(packages = "de.stammkunde", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy("de.stammkunde.domain..")
            .layer("Data").definedBy("de.stammkunde.data..")
            .layer("Service").definedBy("de.stammkunde.service..")
            .layer("App").definedBy("de.stammkunde.app..")
            .layer("Ui").definedBy("de.stammkunde.ui..")
            .layer("Cli").definedBy("de.stammkunde.cli..")
            .whereLayer("Ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("App").mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("App", "Ui", "Cli")
            .whereLayer("Data").mayOnlyBeAccessedByLayers("Service", "App", "Ui", "Cli")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Data", "Service", "App", "Ui", "Cli");

    @ArchTest
    static final ArchRule noJavaFxBelowUi = noClasses().that().resideOutsideOfPackages("de.stammkunde.ui..", "de.stammkunde")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule noSqlInDomain = noClasses().that().resideInAPackage("de.stammkunde.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jdbi..", "javafx..");
}
