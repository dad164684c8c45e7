package io.casework.adapters.persistence.jdbi;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.application.contract.IdempotencyStoreContract;
import io.casework.application.port.out.IdempotencyStore;

class JdbiIdempotencyStoreTest extends IdempotencyStoreContract {
    private static final PostgresPersistence PERSISTENCE = new PostgresPersistence(TestDatabase.fresh().dataSource());

    @Override
    protected IdempotencyStore store() {
        return PERSISTENCE.idempotencyStore();
    }
}
