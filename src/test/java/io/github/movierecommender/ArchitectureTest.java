package io.github.movierecommender;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.github.movierecommender.ui.MovieRecommenderApp;

@AnalyzeClasses(packages = "io.github.movierecommender", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String UI = "io.github.movierecommender.ui..";

    @ArchTest
    static final ArchRule engineRunsWithoutJavaFx = noClasses().that().resideOutsideOfPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("the engine and the command line must run on a machine without a display");

    @ArchTest
    static final ArchRule engineDoesNotKnowTheUi = noClasses().that().resideOutsideOfPackage(UI)
            .and().doNotBelongToAnyOf(Launcher.class)
            .should().dependOnClassesThat().resideInAPackage(UI);

    @ArchTest
    static final ArchRule launcherOnlyStartsTheApp = noClasses().that().belongToAnyOf(Launcher.class)
            .should().dependOnClassesThat(resideInAPackage(UI).and(not(equivalentTo(MovieRecommenderApp.class))));

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("io.github.movierecommender.(**)")
            .should().beFreeOfCycles()
            .because("a package that needs another should not be needed by it: the composition root"
                    + " (ui.MovieRecommenderApp) wires them together instead");
}
