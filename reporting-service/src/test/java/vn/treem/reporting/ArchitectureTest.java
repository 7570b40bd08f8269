package vn.treem.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Resources stay thin, domain logic stays free of HTTP, persistence stays free of both; the indicators know nothing of
 * how events reach them, and only the projection reads Kafka.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.treem.reporting");

    @Test
    void resourcesDelegateToServicesAndNeverTouchPersistence() {
        noClasses().that().areAnnotatedWith(Path.class)
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
                .check(CLASSES);
    }

    @Test
    void entitiesKnowNothingOfHttp() {
        noClasses().that().areAnnotatedWith(Entity.class)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..")
                .check(CLASSES);
    }

    @Test
    void domainServicesKnowNothingOfHttp() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Queries")
                .or().haveSimpleNameEndingWith("Projection")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..")
                .check(CLASSES);
    }

    @Test
    void nothingButResourcesDependsOnResources() {
        classes().that().areAnnotatedWith(Path.class)
                .should().onlyHaveDependentClassesThat().areAnnotatedWith(Path.class)
                .check(CLASSES);
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
