package org.pharmapipeline;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.pharmapipeline.security.Roles;

/**
 * Bearer tokens for tests, signed like the development token endpoint signs them (the development
 * key, issuer and audience of the test profile), and the ways a token can be wrong.
 */
public final class Tokens {

    public static final String ISSUER = "https://dev.pharmapipeline.local";
    public static final String AUDIENCE = "pipeline-api";
    private static final PrivateKey DEVELOPMENT_KEY = developmentKey();
    private static final PrivateKey OTHER_KEY = otherKey();

    private Tokens() {}

    public static String reader() {
        return withRoles("test-reader", Roles.READER);
    }

    public static String editor() {
        return withRoles("test-editor", Roles.EDITOR);
    }

    public static String admin() {
        return withRoles("test-admin", Roles.ADMIN);
    }

    /** A valid token for {@code subject} with the given roles (none at all is allowed). */
    public static String withRoles(String subject, String... roles) {
        return claims(subject, roles).sign(DEVELOPMENT_KEY);
    }

    public static String expired() {
        Instant issued = Instant.now().minus(Duration.ofHours(2));
        return claims("test-editor", Roles.EDITOR)
                .issuedAt(issued)
                .expiresAt(issued.plus(Duration.ofHours(1)))
                .sign(DEVELOPMENT_KEY);
    }

    public static String wrongIssuer() {
        return claims("test-editor", Roles.EDITOR)
                .issuer("https://issuer.example.org")
                .sign(DEVELOPMENT_KEY);
    }

    public static String wrongAudience() {
        return claims("test-editor", Roles.EDITOR).audience("another-api").sign(DEVELOPMENT_KEY);
    }

    /** Right claims, but signed by a key the service does not trust. */
    public static String forged() {
        return claims("test-editor", Roles.EDITOR).sign(OTHER_KEY);
    }

    private static JwtClaimsBuilder claims(String subject, String... roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(roles))
                .expiresIn(Duration.ofMinutes(30));
    }

    private static PrivateKey developmentKey() {
        try {
            return KeyUtils.readPrivateKey("dev/jwt/private-key.pem");
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The development key dev/jwt/private-key.pem", e);
        }
    }

    private static PrivateKey otherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
