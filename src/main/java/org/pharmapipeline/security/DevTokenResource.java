package org.pharmapipeline.security;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pharmapipeline.problem.ProblemException;

/**
 * Issues tokens signed with the development key, so a developer can write without an identity
 * provider. It exists only in development and test builds; production builds do not contain it.
 */
@Path("/dev/token")
@IfBuildProfile(anyOf = {"dev", "test"})
public class DevTokenResource {

    static final Duration LIFETIME = Duration.ofHours(8);

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @ConfigProperty(name = "mp.jwt.verify.audiences")
    List<String> audiences;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String token(
            @QueryParam("role") @DefaultValue(Roles.EDITOR) String role,
            @QueryParam("subject") String subject) {
        if (!Roles.READERS.contains(role)) {
            throw ProblemException.invalid(
                    "role",
                    "must be one of " + Roles.READER + ", " + Roles.EDITOR + ", " + Roles.ADMIN);
        }
        String name = subject == null || subject.isBlank() ? "dev-" + role : subject.strip();
        if (name.length() > 100) {
            throw ProblemException.invalid("subject", "must be at most 100 characters");
        }
        return Jwt.issuer(issuer)
                .audience(Set.copyOf(audiences))
                .subject(name)
                .upn(name)
                .groups(role)
                .expiresIn(LIFETIME)
                .sign();
    }
}
