package org.pharmapipeline.domain;

import java.util.UUID;

/** A response body that names its record and version, so it can carry an ETag and a Location. */
public interface Versioned {
    UUID id();

    long version();
}
