package io.casework.application.testing;

import io.casework.application.port.out.SignInLinks;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class InMemorySignInLinks implements SignInLinks {
    private final Map<String, SignInLink> links = new LinkedHashMap<>();
    private final Set<String> used = new HashSet<>();

    @Override
    public synchronized void add(SignInLink link) {
        links.put(link.tokenHash(), link);
    }

    @Override
    public synchronized int countSince(String emailNormalized, Instant since) {
        return (int) links.values().stream()
                .filter(l -> l.emailNormalized().equals(emailNormalized) && !l.createdAt().isBefore(since)).count();
    }

    @Override
    public synchronized Optional<SignInLink> use(String tokenHash, Instant now) {
        return Optional.ofNullable(links.get(tokenHash))
                .filter(l -> l.expiresAt().isAfter(now) && used.add(tokenHash));
    }
}
