package org.pharmapipeline.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Lets reads through without a token unless pipeline.security.read-requires-role is set, in which
 * case a read needs a token with the reader, editor or admin role. A setting read at start, rather
 * than an annotation, so operators can close reads without a rebuild.
 */
@ApplicationScoped // created at the first request, once runtime settings are known
public class ReadAccess {

    @Inject SecuritySettings settings;

    @Inject CurrentIdentityAssociation identity;

    @ServerRequestFilter
    public Uni<Void> requireReaderRole(ContainerRequestContext request) {
        if (!settings.readRequiresRole()
                || !isRead(request.getMethod())
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().voidItem();
        }
        return identity.getDeferredIdentity().invoke(ReadAccess::check).replaceWithVoid();
    }

    static void check(SecurityIdentity caller) {
        if (caller.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (Roles.READERS.stream().noneMatch(caller::hasRole)) {
            throw new ForbiddenException();
        }
    }

    private static boolean isRead(String method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }
}
