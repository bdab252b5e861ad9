package org.pharmapipeline.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is making the current request: the subject of its token, recorded as createdBy/updatedBy. */
@ApplicationScoped
public class Actor {

    @Inject SecurityIdentity identity;

    /** The token's subject, or null outside a request or for an anonymous caller. */
    public String name() {
        if (!Arc.container().requestContext().isActive() || identity.isAnonymous()) {
            return null;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
