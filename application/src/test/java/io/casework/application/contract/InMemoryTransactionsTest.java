package io.casework.application.contract;

import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.Transactions;
import io.casework.application.testing.InMemoryOrganizationRepository;
import io.casework.application.testing.InMemoryTransactions;

class InMemoryTransactionsTest extends TransactionsContract {
    private final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final InMemoryTransactions transactions = new InMemoryTransactions().takePart(organizations);

    @Override
    protected OrganizationRepository organizations() {
        return organizations;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected void loseToAConcurrentTransaction() {
        throw new InMemoryTransactions.Conflict("deadlock detected");
    }
}
