package vn.treem.cases;

import static vn.treem.platform.testing.ServiceArchitecture.classesOf;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import vn.treem.platform.testing.ServiceArchitecture;

/** Resources stay thin, domain logic stays free of HTTP, persistence stays free of both. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = classesOf("vn.treem.cases");

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
        ServiceArchitecture.domainLogicKnowsNothingOfHttp().check(CLASSES);
    }

    @Test
    void nothingButResourcesDependsOnResources() {
        ServiceArchitecture.nothingButResourcesDependsOnResources().check(CLASSES);
    }
}
