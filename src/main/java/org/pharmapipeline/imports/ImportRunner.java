package org.pharmapipeline.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.pharmapipeline.source.SourceService;

/**
 * Runs imports in the background, one at a time per instance, in the order they were accepted, on a
 * managed executor. While an import is queued or runs its sign of life is renewed; an import whose
 * instance stopped without ending it (a crash, a kill) is found by its silence and reported failed
 * as interrupted, at start and every so often after. On a graceful stop the running import ends
 * between two batches as interrupted, and the queued ones as never started.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);

    @Inject ImportSettings settings;

    @Inject ImportStore store;

    @Inject EntityManager em;

    @Inject SourceService sources;

    private ManagedExecutor executor;
    private ScheduledExecutorService clock;

    /** The imports this instance has accepted and not yet ended, queued or running. */
    private final Set<UUID> accepted = ConcurrentHashMap.newKeySet();

    /** The imports told to stop. */
    private final Set<UUID> interrupted = ConcurrentHashMap.newKeySet();

    private volatile boolean stopping;

    void start(@Observes StartupEvent event) {
        executor = ManagedExecutor.builder().maxAsync(1).maxQueued(-1).propagated().build();
        clock =
                Executors.newSingleThreadScheduledExecutor(
                        task -> {
                            Thread thread = new Thread(task, "import-clock");
                            thread.setDaemon(true);
                            return thread;
                        });
        long beat = Math.max(1, settings.staleAfter().toSeconds() / 4);
        clock.scheduleWithFixedDelay(this::tick, 0, beat, TimeUnit.SECONDS);
    }

    /** Renews the signs of life of this instance's imports and ends the silent ones of any. */
    private void tick() {
        try {
            QuarkusTransaction.requiringNew().run(() -> accepted.forEach(store::heartbeat));
            sweep(settings.staleAfter());
        } catch (RuntimeException e) {
            LOG.warnf("Import housekeeping failed: %s", e.getMessage());
        }
    }

    /** Ends, as interrupted, the imports silent for longer than {@code silence}; returns them. */
    public List<UUID> sweep(Duration silence) {
        List<UUID> ended =
                QuarkusTransaction.requiringNew()
                        .call(() -> store.sweep(ImportStore.now().minus(silence)));
        if (!ended.isEmpty()) {
            LOG.warnf("Imports %s stopped without ending; reported failed as interrupted", ended);
        }
        return ended;
    }

    /** Queues an accepted import. */
    <T> void submit(UUID id, Upload upload, ImportFormat<T> format) {
        ImportJob<T> job =
                new ImportJob<>(
                        id,
                        upload,
                        format,
                        settings,
                        store,
                        em,
                        sources,
                        () -> stopping || interrupted.contains(id));
        accepted.add(id);
        executor.execute(
                () -> {
                    try {
                        if (!stopping && !interrupted.contains(id)) {
                            job.run();
                        }
                    } finally {
                        accepted.remove(id);
                        interrupted.remove(id);
                    }
                });
    }

    /**
     * Stops the imports of this instance as a stop of the service does: the running one ends
     * between two batches as interrupted, the queued ones end as interrupted without starting.
     */
    public void interrupt() {
        interrupted.addAll(accepted);
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            for (UUID id : accepted) {
                                ImportRun run = em.find(ImportRun.class, id);
                                if (run != null && run.state == ImportState.QUEUED) {
                                    run.end(
                                            ImportState.FAILED,
                                            ImportStore.interrupted(run),
                                            ImportStore.now());
                                }
                            }
                        });
    }

    /** On a graceful stop: no new imports, and the ones under way interrupted. */
    void stop(@Observes @Priority(1) ShutdownEvent event) {
        clock.shutdownNow();
        stopping = true;
        interrupt();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(15, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether this instance has an import queued or running. */
    public boolean holds(UUID id) {
        return accepted.contains(id);
    }
}
