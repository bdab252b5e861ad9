package org.pharmapipeline.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The service's own classes keep to the layout's rules (see {@link ArchitectureRules}). */
@Tag("plain")
class ArchitectureTest {

    static JavaClasses service;

    @BeforeAll
    static void importTheServicesClasses() {
        // The compiled service, read from where the build puts it: scanning every jar of the
        // class path for the package would cost more than all the rules.
        service = new ClassFileImporter().importPath(Path.of("target/classes"));
    }

    @Test
    void shouldHaveNoPackageCycles() {
        ArchitectureRules.NO_PACKAGE_CYCLES.check(service);
    }

    @Test
    void shouldKeepTheSharedRoomsFreeOfFeatures() {
        ArchitectureRules.SHARED_ROOMS_KNOW_NO_FEATURE.check(service);
    }

    @Test
    void shouldKeepEachFeatureOutOfTheOthersHttpLayer() {
        ArchitectureRules.FEATURES_KEEP_OUT_OF_EACH_OTHERS_HTTP_LAYER.check(service);
    }

    @Test
    void shouldExchangeDtosNotEntitiesInResources() {
        ArchitectureRules.RESOURCES_EXCHANGE_DTOS_NOT_ENTITIES.check(service);
    }

    @Test
    void shouldOpenTransactionsOnlyInServices() {
        ArchitectureRules.ONLY_SERVICES_OPEN_TRANSACTIONS.check(service);
    }
}
