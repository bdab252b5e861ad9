package org.pharmapipeline.imports;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

/** The settings of bulk imports, pipeline.import.* (see docs/configuration.md). */
@ConfigMapping(prefix = "pipeline.import")
public interface ImportSettings {

    /** The largest upload accepted; larger ones are refused with 413. */
    @WithDefault("2G")
    MemorySize maxUploadSize();

    /**
     * Where uploads are kept while they are imported; the system's temporary directory if unset.
     */
    Optional<String> directory();

    /** Rows written per batch: per flush, and per transaction with onError=skip. */
    @WithDefault("500")
    int batchSize();

    /** Rejected rows and warnings kept per import as problem details; the counts are complete. */
    @WithDefault("1000")
    int maxProblems();

    /** How long an all-or-nothing import (and a dry run) may hold its one transaction open. */
    @WithDefault("4H")
    Duration transactionTimeout();

    /**
     * How long an import may go without a sign of life from the instance running it before it is
     * reported failed as interrupted (the instance stopped or died).
     */
    @WithDefault("2M")
    Duration staleAfter();

    /** POI's zip-bomb guard: a workbook entry that inflates more than 1 / this ratio is refused. */
    @WithName("xlsx.min-inflate-ratio")
    @WithDefault("0.01")
    double xlsxMinInflateRatio();

    /** POI's zip-bomb guard: the largest entry of a workbook, inflated. */
    @WithName("xlsx.max-entry-size")
    @WithDefault("200M")
    MemorySize xlsxMaxEntrySize();
}
