package se.nyckeltal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the product's packages, checked on its compiled classes (tests excluded):
 *
 * <pre>
 * application (se.nyckeltal: the entry point) and cli      the commands
 *   -> load, indicators, report, export, explain, retract  the stages (load and retract recompute indicators)
 *   -> monitoring                                          run attempts, freshness, metrics
 *   -> extract, warehouse                                  the extracts' rules; the DuckDB file
 *   -> failure                                             what any layer throws for cli to explain
 * </pre>
 *
 * Beside them: {@code sample} (synthetic extracts) is used only by cli's {@code generate} command;
 * {@code docs} (the generated warehouse documentation) reads the warehouse but nothing in the
 * product uses it. The benchmark baseline ({@code bench}) is test code, not in the product at all.
 */
@AnalyzeClasses(packages = "se.nyckeltal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String APPLICATION = "se.nyckeltal";
    private static final String CLI = "se.nyckeltal.cli..";
    private static final String LOAD = "se.nyckeltal.load..";
    private static final String INDICATORS = "se.nyckeltal.indicators..";
    private static final String REPORT = "se.nyckeltal.report..";
    private static final String EXPORT = "se.nyckeltal.export..";
    private static final String EXPLAIN = "se.nyckeltal.explain..";
    private static final String RETRACT = "se.nyckeltal.retract..";
    private static final String MONITORING = "se.nyckeltal.monitoring..";
    private static final String EXTRACT = "se.nyckeltal.extract..";
    private static final String WAREHOUSE = "se.nyckeltal.warehouse..";
    private static final String FAILURE = "se.nyckeltal.failure..";
    private static final String SAMPLE = "se.nyckeltal.sample..";
    private static final String DOCS = "se.nyckeltal.docs..";

    @ArchTest
    static final ArchRule layersOnlyPointDown = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Commands")
            .definedBy(APPLICATION, CLI)
            .layer("Stages")
            .definedBy(LOAD, INDICATORS, REPORT, EXPORT, EXPLAIN, RETRACT)
            .layer("Monitoring")
            .definedBy(MONITORING)
            .layer("Foundation")
            .definedBy(EXTRACT, WAREHOUSE)
            .layer("Failures")
            .definedBy(FAILURE)
            .layer("Sample")
            .definedBy(SAMPLE)
            .layer("Docs")
            .definedBy(DOCS)
            .whereLayer("Commands")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Stages")
            .mayOnlyBeAccessedByLayers("Commands")
            .whereLayer("Monitoring")
            .mayOnlyBeAccessedByLayers("Commands", "Stages")
            .whereLayer("Foundation")
            .mayOnlyBeAccessedByLayers("Commands", "Stages", "Monitoring", "Docs")
            .whereLayer("Sample")
            .mayOnlyBeAccessedByLayers("Commands")
            .whereLayer("Docs")
            .mayNotBeAccessedByAnyLayer();

    @ArchTest
    static final ArchRule nothingOutsideTheCommandsDependsOnCli = noClasses()
            .that()
            .resideOutsideOfPackages(CLI, APPLICATION)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(CLI)
            .because("the core reports failures with se.nyckeltal.failure; only cli turns them into lines and"
                    + " exit statuses");

    @ArchTest
    static final ArchRule extractAndWarehouseDependOnNoStageNorTheCommands = noClasses()
            .that()
            .resideInAnyPackage(EXTRACT, WAREHOUSE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    APPLICATION, CLI, LOAD, INDICATORS, REPORT, EXPORT, EXPLAIN, RETRACT, MONITORING, SAMPLE, DOCS);

    @ArchTest
    static final ArchRule stagesDoNotDependOnTheCommands = noClasses()
            .that()
            .resideInAnyPackage(LOAD, INDICATORS, REPORT, EXPORT, EXPLAIN, RETRACT, MONITORING)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(APPLICATION, CLI, SAMPLE, DOCS);

    @ArchTest
    static final ArchRule failuresDependOnNoOtherPackage = noClasses()
            .that()
            .resideInAPackage(FAILURE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    APPLICATION,
                    CLI,
                    LOAD,
                    INDICATORS,
                    REPORT,
                    EXPORT,
                    EXPLAIN,
                    RETRACT,
                    MONITORING,
                    EXTRACT,
                    WAREHOUSE,
                    SAMPLE,
                    DOCS);

    @ArchTest
    static final ArchRule onlyTheGenerateCommandUsesTheSample = noClasses()
            .that()
            .resideOutsideOfPackages(SAMPLE, CLI)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(SAMPLE)
            .because("synthetic extracts are written by the generate command, never loaded by the product");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("se.nyckeltal.(*)..").should().beFreeOfCycles();
}
