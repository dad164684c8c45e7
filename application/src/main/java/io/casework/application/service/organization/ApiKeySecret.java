package io.casework.application.service.organization;

import io.casework.application.port.out.ApiKeyRepository.StoredApiKey;
import io.casework.domain.organization.ApiKeyId;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.PrefixedId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * An API key is {@code <key id>.<secret>}. The secret has 256 random bits, so a plain SHA-256 of it is a safe
 * thing to store (no password stretching needed), and hashes are compared in constant time.
 */
final class ApiKeySecret {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecret() {
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String format(ApiKeyId id, String secret) {
        return id.value() + "." + secret;
    }

    /** The key id and secret of a presented key, or empty if it does not have the shape of one. */
    static Optional<Parsed> parse(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        int dot = presented.indexOf('.');
        if (dot < 0 || !PrefixedId.matches(presented.substring(0, dot), ApiKeyId.PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(new ApiKeyId(presented.substring(0, dot)), presented.substring(dot + 1)));
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static boolean matches(String secret, byte[] storedHash) {
        return MessageDigest.isEqual(hash(secret), storedHash);
    }

    /** A new key: what is stored (the hash) and what the client is shown once (the whole key). */
    static Minted mint(ApiKeyId id, OrganizationId organizationId, String name, Instant now) {
        String secret = newSecret();
        return new Minted(StoredApiKey.issued(id, organizationId, name, hash(secret), now), format(id, secret));
    }

    record Parsed(ApiKeyId id, String secret) {
    }

    record Minted(StoredApiKey stored, String presented) {
    }
}
