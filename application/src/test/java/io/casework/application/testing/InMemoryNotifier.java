package io.casework.application.testing;

import io.casework.application.port.out.Notifier;
import java.util.ArrayList;
import java.util.List;

/** A transport that accepts every email and keeps it, for tests to read. */
public final class InMemoryNotifier implements Notifier {
    private final List<Email> sent = new ArrayList<>();

    @Override
    public synchronized void send(Email email) {
        sent.add(email);
    }

    @Override
    public void checkReachable() {
    }

    public synchronized List<Email> sent() {
        return List.copyOf(sent);
    }
}
