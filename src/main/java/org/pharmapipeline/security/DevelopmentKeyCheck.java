package org.pharmapipeline.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.jwt.util.ResourceUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;

/**
 * Refuses to start a production run whose tokens would be verified with the development key (its
 * private half is in the source repository, so anyone could sign an admin token), or with a key but
 * no issuer or audience to check. Without any key the service starts and refuses every token.
 */
@ApplicationScoped
public class DevelopmentKeyCheck {

    private static final Logger LOG = Logger.getLogger(DevelopmentKeyCheck.class);

    /** SHA-256 of the encoded public key under dev/jwt/public-key.pem. */
    static final String DEVELOPMENT_KEY_SHA256 =
            "30a059d9c994baff1d23ca4802f767b1e4a1721f9ef20e1fd71af82d4dea8432";

    static final String KEY = "mp.jwt.verify.publickey";
    static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String ISSUER = "mp.jwt.verify.issuer";
    static final String AUDIENCES = "mp.jwt.verify.audiences";

    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        if (inlineKey(config).isEmpty()
                && config.getOptionalValue(KEY_LOCATION, String.class).isEmpty()) {
            LOG.warnf(
                    "No token verification key is configured (%s): every token is refused, so"
                            + " nothing can be written.",
                    KEY_LOCATION);
        }
        List<String> problems = problems(config);
        if (!problems.isEmpty()) {
            String message = "Refusing to start: " + String.join(" ", problems);
            LOG.error(message);
            throw new IllegalStateException(message);
        }
    }

    /** What is wrong with the token verification settings of a production run; empty if nothing. */
    static List<String> problems(Config config) {
        Optional<String> inline = inlineKey(config);
        Optional<String> location = config.getOptionalValue(KEY_LOCATION, String.class);
        if (inline.isEmpty() && location.isEmpty()) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        if (inline.map(DevelopmentKeyCheck::isDevelopmentKey).orElse(false)
                || location.map(DevelopmentKeyCheck::isDevelopmentKeyAt).orElse(false)) {
            problems.add(
                    "the token verification key is the development key, whose private half is"
                            + " public; configure the key of your token issuer in "
                            + KEY_LOCATION
                            + ".");
        }
        for (String required : List.of(ISSUER, AUDIENCES)) {
            if (config.getOptionalValue(required, String.class).isEmpty()) {
                problems.add(required + " must be set so that tokens are checked against it.");
            }
        }
        return problems;
    }

    /** The inline key; NONE, which Quarkus passes to a packaged application under test, is none. */
    private static Optional<String> inlineKey(Config config) {
        return config.getOptionalValue(KEY, String.class).filter(key -> !key.equals("NONE"));
    }

    /**
     * Whether the key at a location (file, class path) is the development key. Keys served over
     * HTTP are not fetched here: the development key is only ever a file.
     */
    static boolean isDevelopmentKeyAt(String location) {
        if (location.startsWith("http")) {
            return false;
        }
        try {
            return isDevelopmentKey(ResourceUtils.readResource(location));
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a PEM key, a PEM certificate, a JWK or a JWK set contains the development key. */
    static boolean isDevelopmentKey(String content) {
        if (content == null || content.isBlank()) {
            return false;
        }
        return publicKeysOf(content.strip()).stream()
                .anyMatch(key -> DEVELOPMENT_KEY_SHA256.equals(sha256(key.getEncoded())));
    }

    private static List<PublicKey> publicKeysOf(String content) {
        List<PublicKey> keys = new ArrayList<>();
        try {
            if (content.startsWith("{")) {
                for (JsonWebKey jwk : KeyUtils.loadJsonWebKeys(content)) {
                    if (jwk instanceof PublicJsonWebKey pub && pub.getPublicKey() != null) {
                        keys.add(pub.getPublicKey());
                    }
                }
            } else if (content.contains("BEGIN CERTIFICATE")) {
                keys.add(KeyUtils.decodeCertificate(content));
            } else {
                keys.add(KeyUtils.decodePublicKey(content));
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            // Not a key this check can read; SmallRye JWT reports unusable keys itself.
        }
        return keys;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
