package org.pharmapipeline.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.CollectionRegistry;
import org.pharmapipeline.collection.CrudService;
import org.pharmapipeline.problem.ProblemException;

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

    @Inject CollectionRegistry collections;

    @Inject Instance<CrudService<?, ?, ?>> services;

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
     * Its sections load in the registry's order, so every record comes after those it refers to.
     */
    int loadIfEmpty() {
        if (holdsRecords()) {
            return 0;
        }
        JsonNode root = read();
        Set<String> unknown = new TreeSet<>();
        root.fieldNames().forEachRemaining(unknown::add);
        int loaded = 0;
        for (CollectionDefinition<?, ?, ?> collection : collections.all()) {
            unknown.remove(collection.datasetSection());
            loaded += section(root, collection);
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(
                    "Dataset " + resource + " has sections no collection holds: " + unknown);
        }
        return loaded;
    }

    private boolean holdsRecords() {
        return collections.all().stream()
                .anyMatch(
                        c ->
                                !em.createQuery(
                                                "select e.id from "
                                                        + c.entity().getSimpleName()
                                                        + " e",
                                                Object.class)
                                        .setMaxResults(1)
                                        .getResultList()
                                        .isEmpty());
    }

    private <Q> int section(JsonNode root, CollectionDefinition<?, Q, ?> collection) {
        String name = collection.datasetSection();
        CrudService<?, Q, ?> service = services.select(collection.service()).get();
        int count = 0;
        for (JsonNode item : root.path(name)) {
            UUID id = UUID.fromString(item.get("id").asText());
            Q request;
            try {
                request = mapper.treeToValue(item, collection.request());
            } catch (IOException e) {
                throw new IllegalStateException(
                        "Dataset " + resource + ": " + name + " " + id + " is malformed", e);
            }
            try {
                service.create(id, request, AUTHOR);
            } catch (ConstraintViolationException e) {
                throw invalid(name, id, e, violationsOf(e));
            } catch (ProblemException e) {
                throw invalid(name, id, e, e.getMessage() + " " + e.violations());
            }
            count++;
        }
        return count;
    }

    private IllegalStateException invalid(String section, UUID id, Exception cause, String why) {
        return new IllegalStateException(
                "Dataset " + resource + ": " + section + " " + id + " is invalid: " + why, cause);
    }

    private static String violationsOf(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + " " + v.getMessage())
                .collect(Collectors.joining("; "));
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
