package org.pharmapipeline.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.problem.ProblemMappers;

/**
 * Turns refused credentials into problems: 401 with the challenge of RFC 6750, 403 naming the roles
 * that would do. Kept beside the roles it names, so the problem package knows nothing of security.
 */
public class SecurityProblemMappers {

    private static final Logger LOG = Logger.getLogger(SecurityProblemMappers.class);
    private static final String BEARER = "Bearer";

    /** No token where a role is needed: 401 with the challenge of RFC 6750. */
    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return challenge(ProblemException.unauthorized(), BEARER, uri);
    }

    /** A token that failed verification: 401, and RFC 6750 says why in the challenge. */
    @ServerExceptionMapper
    public Response invalidToken(AuthenticationFailedException e, UriInfo uri) {
        LOG.debugf(e, "Bearer token refused on %s", uri.getPath());
        return challenge(ProblemException.invalidToken(), BEARER + " error=\"invalid_token\"", uri);
    }

    /** A valid token without the role the operation needs: 403 naming the roles that would do. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, ResourceInfo resource) {
        RolesAllowed roles =
                resource == null || resource.getResourceMethod() == null
                        ? null
                        : resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        return ProblemMappers.response(
                ProblemException.forbidden(roles == null ? Roles.READERS : List.of(roles.value())),
                uri);
    }

    private static Response challenge(ProblemException problem, String challenge, UriInfo uri) {
        return Response.fromResponse(ProblemMappers.response(problem, uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }
}
