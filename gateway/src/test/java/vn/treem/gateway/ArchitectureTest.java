package vn.treem.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The gateway stays thin: no database, no broker, no domain; features (routing, openapi, devtokens, problems) stand on
 * their own; the merging, routing and page logic stays in plain classes that know nothing of HTTP frameworks.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.treem.gateway");

    @Test
    void theGatewayHasNoDatabaseAndNoBroker() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..",
                "io.quarkus.hibernate..", "org.flywaydb..", "java.sql..", "javax.sql..", "org.apache.kafka..",
                "io.quarkus.scheduler..")
                .check(CLASSES);
    }

    @Test
    void theGatewayUsesNoneOfThePlatformsDatabaseBoundBeans() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("vn.treem.platform.events..",
                "vn.treem.platform.adminunits..", "vn.treem.platform.idempotency..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("vn.treem.platform.security.Jurisdiction")
                .check(CLASSES);
    }

    @Test
    void featuresDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("..gateway.routing..")
                .should().dependOnClassesThat().resideInAnyPackage("..gateway.openapi..", "..gateway.devtokens..",
                        "..gateway.problems..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("..gateway.devtokens..", "..gateway.problems..")
                .should().dependOnClassesThat().resideInAnyPackage("..gateway.routing..", "..gateway.openapi..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("..gateway.problems..")
                .should().dependOnClassesThat().resideInAPackage("..gateway.devtokens..")
                .check(CLASSES);
    }

    @Test
    void mergingRoutingTablesAndPagesArePlainClasses() {
        noClasses().that().haveSimpleNameEndingWith("Merger").or().haveSimpleName("ServiceDirectory")
                .or().haveSimpleName("ProblemPages")
                .should().dependOnClassesThat().resideInAnyPackage("io.vertx..", "jakarta.ws.rs..",
                        "jakarta.enterprise..", "jakarta.inject..", "org.jboss.resteasy..", "io.quarkus..")
                .check(CLASSES);
    }

    @Test
    void resourcesDelegateTokenSigningToTheIssuer() {
        noClasses().that().areAnnotatedWith(Path.class)
                .should().dependOnClassesThat().resideInAnyPackage("io.smallrye.jwt..", "org.jose4j..")
                .check(CLASSES);
    }

    @Test
    void nothingWritesToStandardOutput() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(CLASSES);
    }
}
