package vn.treem.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static vn.treem.platform.testing.ServiceArchitecture.classesOf;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import vn.treem.platform.testing.ServiceArchitecture;

/**
 * Resources stay thin, domain logic stays free of HTTP, persistence stays free of both; the indicators know nothing of
 * how events reach them, and only the projection reads Kafka.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = classesOf("vn.treem.reporting");

    @Test
    void resourcesDelegateToServicesAndNeverTouchPersistence() {
        ServiceArchitecture.resourcesNeverTouchPersistence().check(CLASSES);
    }

    @Test
    void entitiesKnowNothingOfHttp() {
        ServiceArchitecture.entitiesKnowNothingOfHttp().check(CLASSES);
    }

    @Test
    void domainServicesKnowNothingOfHttp() {
        ServiceArchitecture.domainLogicKnowsNothingOfHttp("Projection").check(CLASSES);
    }

    @Test
    void nothingButResourcesDependsOnResources() {
        ServiceArchitecture.nothingButResourcesDependsOnResources().check(CLASSES);
    }

    @Test
    void theIndicatorsKnowNothingOfTheProjectionOrOfMessaging() {
        noClasses().that().resideInAPackage("vn.treem.reporting.indicators..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.treem.reporting.projection..",
                        "org.eclipse.microprofile.reactive.messaging..", "io.smallrye.reactive.messaging..",
                        "org.apache.kafka..", "io.cloudevents..")
                .check(CLASSES);
    }

    @Test
    void onlyTheProjectionConsumesEventsAndItServesNoHttp() {
        classes().that().containAnyMethodsThat(com.tngtech.archunit.base.DescribedPredicate
                .describe("are @Incoming", method -> method.isAnnotatedWith(Incoming.class)))
                .should().resideInAPackage("vn.treem.reporting.projection..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("vn.treem.reporting.projection..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..")
                .check(CLASSES);
    }
}
