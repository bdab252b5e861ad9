package org.pharmapipeline.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.pharmapipeline.clinicaltrial.ClinicalTrialRequest;
import org.pharmapipeline.clinicaltrial.ClinicalTrialService;
import org.pharmapipeline.collection.CrudService;
import org.pharmapipeline.company.CompanyRequest;
import org.pharmapipeline.company.CompanyService;
import org.pharmapipeline.indication.IndicationRequest;
import org.pharmapipeline.indication.IndicationService;
import org.pharmapipeline.marketestimate.MarketEstimateRequest;
import org.pharmapipeline.marketestimate.MarketEstimateService;
import org.pharmapipeline.orphandesignation.OrphanDesignationRequest;
import org.pharmapipeline.orphandesignation.OrphanDesignationService;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.productcandidate.ProductCandidateRequest;
import org.pharmapipeline.productcandidate.ProductCandidateService;
import org.pharmapipeline.regulatoryevent.RegulatoryEventRequest;
import org.pharmapipeline.regulatoryevent.RegulatoryEventService;
import org.pharmapipeline.source.SourceRequest;
import org.pharmapipeline.source.SourceService;

/**
 * Loads the bundled dataset into an empty database at start. Every record goes through the same
 * services, and so the same validation, as an API write, under the stable ids the dataset gives it.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    /** The createdBy and updatedBy of the bundled records: no token, and no person, wrote them. */
    public static final String AUTHOR = "seed";

    @ConfigProperty(name = "pipeline.seed.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "pipeline.seed.resource", defaultValue = "seed/ceplene.json")
    String resource;

    @Inject ObjectMapper mapper;

    @Inject EntityManager em;

    @Inject SourceService sources;

    @Inject CompanyService companies;

    @Inject ProductCandidateService products;

    @Inject IndicationService indications;

    @Inject OrphanDesignationService designations;

    @Inject RegulatoryEventService events;

    @Inject MarketEstimateService estimates;

    @Inject ClinicalTrialService trials;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("Bundled dataset disabled (pipeline.seed.enabled=false)");
            return;
        }
        int loaded;
        try {
            loaded = QuarkusTransaction.requiringNew().call(this::loadIfEmpty);
        } catch (RuntimeException e) {
            // Instances started together on one empty database all try; the first one commits
            // and the others' inserts of the same ids fail. That is not an error for them.
            if (QuarkusTransaction.requiringNew().call(this::holdsRecords)) {
                LOG.info("The bundled dataset was loaded by another instance meanwhile");
                return;
            }
            throw e;
        }
        if (loaded > 0) {
            LOG.infof("Loaded %d records of the bundled dataset %s", loaded, resource);
        }
    }

    /**
     * Loads the dataset unless the database already holds records; returns how many were loaded.
     */
    int loadIfEmpty() {
        if (holdsRecords()) {
            return 0;
        }
        JsonNode root = read();
        return section(root, "sources", SourceRequest.class, sources)
                + section(root, "companies", CompanyRequest.class, companies)
                + section(root, "productCandidates", ProductCandidateRequest.class, products)
                + section(root, "indications", IndicationRequest.class, indications)
                + section(root, "orphanDesignations", OrphanDesignationRequest.class, designations)
                + section(root, "regulatoryEvents", RegulatoryEventRequest.class, events)
                + section(root, "marketEstimates", MarketEstimateRequest.class, estimates)
                + section(root, "clinicalTrials", ClinicalTrialRequest.class, trials);
    }

    private boolean holdsRecords() {
        return em.createQuery("select count(s) from SourceDocument s", Long.class).getSingleResult()
                        + em.createQuery("select count(c) from Company c", Long.class)
                                .getSingleResult()
                > 0;
    }

    private <Q> int section(
            JsonNode root, String name, Class<Q> type, CrudService<?, Q, ?> service) {
        int count = 0;
        for (JsonNode item : root.path(name)) {
            UUID id = UUID.fromString(item.get("id").asText());
            Q request;
            try {
                request = mapper.treeToValue(item, type);
            } catch (IOException e) {
                throw new IllegalStateException(
                        "Dataset " + resource + ": " + name + " " + id + " is malformed", e);
            }
            try {
                service.create(id, request, AUTHOR);
            } catch (ConstraintViolationException e) {
                throw new IllegalStateException(
                        "Dataset "
                                + resource
                                + ": "
                                + name
                                + " "
                                + id
                                + " is invalid: "
                                + e.getConstraintViolations().stream()
                                        .map(v -> v.getPropertyPath() + " " + v.getMessage())
                                        .collect(Collectors.joining("; ")),
                        e);
            } catch (ProblemException e) {
                throw new IllegalStateException(
                        "Dataset "
                                + resource
                                + ": "
                                + name
                                + " "
                                + id
                                + " is invalid: "
                                + e.getMessage()
                                + " "
                                + e.violations(),
                        e);
            }
            count++;
        }
        return count;
    }

    private JsonNode read() {
        try (InputStream in =
                Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Dataset " + resource + " is not on the classpath");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
