package org.pharmapipeline.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the search index holds every record stored at start; until then search would miss
 * records (after a load by SQL, say), so traffic waits.
 */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness implements HealthCheck {

    @Inject SearchIndexService index;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Search index").status(index.caughtUp()).build();
    }
}
