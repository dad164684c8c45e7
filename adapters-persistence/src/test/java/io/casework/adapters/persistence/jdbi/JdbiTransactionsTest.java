package io.casework.adapters.persistence.jdbi;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.application.contract.TransactionsContract;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.Transactions;
import javax.sql.DataSource;

class JdbiTransactionsTest extends TransactionsContract {
    private static final DataSource DATA_SOURCE = TestDatabase.fresh().dataSource();
    private static final PostgresPersistence PERSISTENCE = new PostgresPersistence(DATA_SOURCE);
    /** Set up outside the test's transactions: the other connection must see the rows it locks. */
    private final Deadlock deadlock = new Deadlock(DATA_SOURCE, PERSISTENCE);

    @Override
    protected OrganizationRepository organizations() {
        return PERSISTENCE.organizations();
    }

    @Override
    protected Transactions transactions() {
        return PERSISTENCE.transactions();
    }

    @Override
    protected void loseToAConcurrentTransaction() {
        deadlock.loseIt();
    }
}
