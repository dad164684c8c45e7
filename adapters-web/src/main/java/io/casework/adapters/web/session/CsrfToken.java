package io.casework.adapters.web.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The token every form of a session carries, derived from the session's secret id: another site cannot know it
 * (the id is in an HttpOnly cookie only), every server process derives the same one, and nothing is stored.
 */
final class CsrfToken {
    private CsrfToken() {
    }

    static String of(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("casework-csrf:" + sessionId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Compared in constant time, so the answer's timing tells nothing about the token. */
    static boolean matches(String sessionId, String presented) {
        return presented != null && MessageDigest.isEqual(of(sessionId).getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.UTF_8));
    }
}
