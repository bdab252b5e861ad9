package org.pharmapipeline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.jwt.util.ResourceUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up check that keeps the development key out of production. */
@Tag("plain")
class DevelopmentKeyCheckTest {

    static final String DEV_KEY = "dev/jwt/public-key.pem";
    static final String ISSUER = "https://login.example.org";
    static final String AUDIENCE = "pipeline-api";

    @Test
    void shouldRecogniseTheDevelopmentKeyAsPem() throws IOException {
        assertTrue(DevelopmentKeyCheck.isDevelopmentKey(ResourceUtils.readResource(DEV_KEY)));
    }

    @Test
    void shouldRecogniseTheDevelopmentKeyInsideAJwkSet() throws Exception {
        RSAPublicKey key = (RSAPublicKey) io.smallrye.jwt.util.KeyUtils.readPublicKey(DEV_KEY);
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String jwks =
                "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"dev\",\"n\":\""
                        + url.encodeToString(unsigned(key.getModulus().toByteArray()))
                        + "\",\"e\":\""
                        + url.encodeToString(unsigned(key.getPublicExponent().toByteArray()))
                        + "\"}]}";
        assertTrue(DevelopmentKeyCheck.isDevelopmentKey(jwks));
    }

    @Test
    void shouldAcceptAnyOtherKeyAndIgnoreWhatIsNoKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        assertFalse(DevelopmentKeyCheck.isDevelopmentKey(pem(generator)));
        assertFalse(DevelopmentKeyCheck.isDevelopmentKey("not a key"));
        assertFalse(DevelopmentKeyCheck.isDevelopmentKey(""));
    }

    @Test
    void shouldRefuseTheDevelopmentKeyFromAFileOrTheClassPath(@TempDir Path dir)
            throws IOException {
        Path copy = dir.resolve("issuer.pem");
        Files.writeString(copy, ResourceUtils.readResource(DEV_KEY));
        for (String location : List.of(DEV_KEY, "classpath:" + DEV_KEY, copy.toString())) {
            List<String> problems =
                    DevelopmentKeyCheck.problems(
                            config(
                                    Map.of(
                                            DevelopmentKeyCheck.KEY_LOCATION, location,
                                            DevelopmentKeyCheck.ISSUER, ISSUER,
                                            DevelopmentKeyCheck.AUDIENCES, AUDIENCE)));
            assertEquals(1, problems.size(), location);
            assertTrue(problems.get(0).contains("development key"), problems.get(0));
        }
    }

    @Test
    void shouldRefuseTheDevelopmentKeyGivenInline() throws IOException {
        List<String> problems =
                DevelopmentKeyCheck.problems(
                        config(
                                Map.of(
                                        DevelopmentKeyCheck.KEY,
                                        ResourceUtils.readResource(DEV_KEY),
                                        DevelopmentKeyCheck.ISSUER,
                                        ISSUER,
                                        DevelopmentKeyCheck.AUDIENCES,
                                        AUDIENCE)));
        assertEquals(1, problems.size());
    }

    @Test
    void shouldRequireAnIssuerAndAnAudienceWithAKey(@TempDir Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Path key = Files.writeString(dir.resolve("issuer.pem"), pem(generator));
        assertEquals(
                List.of(
                        "mp.jwt.verify.issuer must be set so that tokens are checked against it.",
                        "mp.jwt.verify.audiences must be set so that tokens are checked against"
                                + " it."),
                DevelopmentKeyCheck.problems(
                        config(Map.of(DevelopmentKeyCheck.KEY_LOCATION, key.toString()))));
        assertEquals(
                List.of(),
                DevelopmentKeyCheck.problems(
                        config(
                                Map.of(
                                        DevelopmentKeyCheck.KEY_LOCATION, key.toString(),
                                        DevelopmentKeyCheck.ISSUER, ISSUER,
                                        DevelopmentKeyCheck.AUDIENCES, AUDIENCE))));
    }

    @Test
    void shouldStartWithoutAnyKeyBecauseThenEveryTokenIsRefused() {
        assertEquals(List.of(), DevelopmentKeyCheck.problems(config(Map.of())));
        assertEquals(
                List.of(),
                DevelopmentKeyCheck.problems(config(Map.of(DevelopmentKeyCheck.KEY, "NONE"))));
    }

    private static Config config(Map<String, String> properties) {
        SmallRyeConfig config =
                new SmallRyeConfigBuilder()
                        .withSources(new PropertiesConfigSource(properties, "test", 100))
                        .build();
        return config;
    }

    private static String pem(KeyPairGenerator generator) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder()
                        .encodeToString(generator.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** A big integer's bytes without the sign byte, as JWK wants them. */
    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0
                ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length)
                : bytes;
    }
}
