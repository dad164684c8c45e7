package io.casework.adapters.persistence.jdbi;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.application.contract.TransactionsContract;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.Transactions;

class JdbiTransactionsTest extends TransactionsContract {
    private static final PostgresPersistence PERSISTENCE = new PostgresPersistence(TestDatabase.fresh().dataSource());

    @Override
    protected OrganizationRepository organizations() {
        return PERSISTENCE.organizations();
    }

    @Override
    protected Transactions transactions() {
        return PERSISTENCE.transactions();
    }
}
