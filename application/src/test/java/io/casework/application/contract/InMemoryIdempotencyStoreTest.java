package io.casework.application.contract;

import io.casework.application.port.out.IdempotencyStore;
import io.casework.application.testing.InMemoryIdempotencyStore;

class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {
    private final IdempotencyStore store = new InMemoryIdempotencyStore();

    @Override
    protected IdempotencyStore store() {
        return store;
    }
}
