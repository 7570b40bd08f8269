package vn.treem.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering every Treem service keeps (ArchUnit): thin REST resources that delegate to domain services, domain
 * services free of HTTP, entities free of HTTP, and nothing but resources depending on resources. Each service's
 * ArchitectureTest checks these and adds its own rules.
 */
public final class ServiceArchitecture {

    private static final String[] HTTP = {"jakarta.ws.rs..", "org.jboss.resteasy.."};

    private ServiceArchitecture() {
    }

    /** The production classes of a service's base package. */
    public static JavaClasses classesOf(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    public static ArchRule resourcesNeverTouchPersistence() {
        return noClasses().that().areAnnotatedWith(Path.class)
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
                .because("REST resources delegate to services; only services and entities know the database");
    }

    public static ArchRule entitiesKnowNothingOfHttp() {
        return noClasses().that().areAnnotatedWith(Entity.class).should().dependOnClassesThat()
                .resideInAnyPackage(HTTP);
    }

    /** Classes named {@code *Service}, {@code *Queries} or one of {@code moreSuffixes} hold domain logic. */
    public static ArchRule domainLogicKnowsNothingOfHttp(String... moreSuffixes) {
        var domain = noClasses().that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Queries");
        for (String suffix : moreSuffixes) {
            domain = domain.or().haveSimpleNameEndingWith(suffix);
        }
        return domain.should().dependOnClassesThat().resideInAnyPackage(HTTP);
    }

    public static ArchRule nothingButResourcesDependsOnResources() {
        return classes().that().areAnnotatedWith(Path.class)
                .should().onlyHaveDependentClassesThat().areAnnotatedWith(Path.class);
    }
}
