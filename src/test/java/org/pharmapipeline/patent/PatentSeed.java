package org.pharmapipeline.patent;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pharmapipeline.TestIds;
import org.pharmapipeline.domain.CitationDto;
import org.pharmapipeline.seed.SeedLoader;

/**
 * One patent stored at start, after the bundled dataset (it protects Ceplene), so that the tests
 * every collection shares find a record of this collection as they find the dataset's of the
 * others.
 */
@ApplicationScoped
@IfBuildProperty(name = PatentsRegistered.PROPERTY, stringValue = PatentsRegistered.VALUE)
public class PatentSeed {

    public static final String SEEDED = "7e1c5a2b-7d4f-4b0a-9c3e-5f8a1d2b3c41";

    @Inject PatentService patents;

    @Inject EntityManager em;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        UUID id = UUID.fromString(SEEDED);
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            if (em.find(Patent.class, id) == null) {
                                patents.create(
                                        id,
                                        new PatentRequest(
                                                UUID.fromString(TestIds.CEPLENE),
                                                "EP1234567",
                                                "Histamine dihydrochloride with interleukin-2",
                                                PatentOffice.EPO,
                                                LocalDate.of(2017, 4, 1),
                                                List.of(
                                                        new CitationDto(
                                                                UUID.fromString(
                                                                        TestIds
                                                                                .SOURCE_2006_MAA_FILING),
                                                                "Ceplene(TM)",
                                                                "page 1"))),
                                        SeedLoader.AUTHOR);
                            }
                        });
    }
}
