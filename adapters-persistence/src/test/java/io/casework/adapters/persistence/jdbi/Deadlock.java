package io.casework.adapters.persistence.jdbi;

import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;

/**
 * A real deadlock between the calling thread's transaction and another connection, which PostgreSQL resolves by
 * aborting the calling thread's transaction: both lock the same two organization rows, in opposite orders. The
 * calling transaction waits first, so its deadlock check runs first and picks it as the victim. Build it outside
 * that transaction: the rows it locks must be committed for the other connection to see them.
 */
final class Deadlock {
    private final DataSource dataSource;
    private final JdbiTransactions transactions;
    private final OrganizationId first;
    private final OrganizationId second;

    Deadlock(DataSource dataSource, PostgresPersistence persistence) {
        this.dataSource = dataSource;
        this.transactions = persistence.transactions();
        this.first = storedOrganization(persistence);
        this.second = storedOrganization(persistence);
    }

    private static OrganizationId storedOrganization(PostgresPersistence persistence) {
        OrganizationId id = new OrganizationId(OrganizationId.PREFIX + UUID.randomUUID().toString().replace("-", ""));
        persistence.organizations().add(Organization.create(id, "Locked", Plan.GROWTH, Instant.now()));
        return id;
    }

    /** Call inside a transaction: throws what PostgreSQL aborts it with (SQLSTATE 40P01). */
    void loseIt() {
        lockInThisTransaction(first);
        CountDownLatch otherHoldsSecond = new CountDownLatch(1);
        Thread other = new Thread(() -> lockSecondThenFirst(otherHoldsSecond), "deadlock-other");
        other.setDaemon(true);
        other.start();
        Concurrently.await(otherHoldsSecond);
        lockInThisTransaction(second);
        throw new AssertionError("PostgreSQL did not abort this transaction for a deadlock");
    }

    private void lockInThisTransaction(OrganizationId id) {
        transactions.withHandle(h -> h.createQuery("SELECT id FROM organizations WHERE id = :id FOR UPDATE")
                .bind("id", id.value())
                .mapTo(String.class)
                .one());
    }

    /** The other connection: it asks for the first row only once this transaction waits for the second. */
    private void lockSecondThenFirst(CountDownLatch holdsSecond) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            lock(connection, second);
            holdsSecond.countDown();
            Concurrently.awaitASessionWaitingForALock(dataSource);
            lock(connection, first);
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("the other side of the deadlock failed", e);
        }
    }

    private static void lock(Connection connection, OrganizationId id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM organizations WHERE id = ? FOR UPDATE")) {
            statement.setString(1, id.value());
            statement.executeQuery().close();
        }
    }
}
