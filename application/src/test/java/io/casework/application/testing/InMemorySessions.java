package io.casework.application.testing;

import io.casework.application.port.out.Sessions;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemorySessions implements Sessions {
    private final Map<String, Session> sessions = new HashMap<>();
    private final Map<String, Instant> lastSeen = new HashMap<>();

    @Override
    public synchronized void add(Session session) {
        sessions.put(session.idHash(), session);
        lastSeen.put(session.idHash(), session.createdAt());
    }

    @Override
    public synchronized Optional<Session> touch(String idHash, Instant idleSince, Instant now) {
        Optional<Session> session = Optional.ofNullable(sessions.get(idHash))
                .filter(s -> lastSeen.get(idHash).isAfter(idleSince));
        session.ifPresent(s -> lastSeen.put(idHash, now));
        return session;
    }

    @Override
    public synchronized void remove(String idHash) {
        sessions.remove(idHash);
        lastSeen.remove(idHash);
    }
}
