package vn.treem.reporting.exports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static vn.treem.platform.testing.ServiceArchitecture.classesOf;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import vn.treem.platform.testing.ServiceArchitecture;

/**
 * Exports read the indicators and nothing else of the service: not the projection, not messaging; their resources stay
 * thin and their domain classes free of HTTP, like the rest of the service.
 */
class ExportArchitectureTest {

    private static final JavaClasses CLASSES = classesOf("vn.treem.reporting.exports");

    @Test
    void exportsReadTheIndicatorsButKnowNothingOfTheProjectionReportsOrMessaging() {
        noClasses().that().resideInAPackage("vn.treem.reporting.exports..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.treem.reporting.projection..",
                        "vn.treem.reporting.reports..", "org.eclipse.microprofile.reactive.messaging..",
                        "org.apache.kafka..", "io.cloudevents..")
                .check(CLASSES);
    }

    @Test
    void exportResourcesAreThinAndExportServicesKnowNothingOfHttp() {
        ServiceArchitecture.resourcesNeverTouchPersistence().check(CLASSES);
        ServiceArchitecture.domainLogicKnowsNothingOfHttp("Figures").check(CLASSES);
        ServiceArchitecture.nothingButResourcesDependsOnResources().check(CLASSES);
        ServiceArchitecture.entitiesKnowNothingOfHttp().check(CLASSES);
    }
}
