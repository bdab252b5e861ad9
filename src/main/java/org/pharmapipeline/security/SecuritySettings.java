package org.pharmapipeline.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own security settings; each can be set by an environment variable at start. */
@ConfigMapping(prefix = "pipeline.security")
public interface SecuritySettings {

    /**
     * Whether reading needs a token with the reader, editor or admin role
     * (PIPELINE_SECURITY_READ_REQUIRES_ROLE). Off by default: pipeline data is open to read.
     */
    @WithDefault("false")
    boolean readRequiresRole();
}
