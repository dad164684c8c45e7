package io.casework.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.Transactions;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.casework.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of {@link Transactions} must do with a transaction that fails, one that is retried and a
 * savepoint; organizations stand for any stored work. The adapter's repositories must take part in its transactions.
 */
public abstract class TransactionsContract extends PortContract {
    protected abstract Transactions transactions();

    /**
     * Called inside a transaction: makes it fail as a concurrent transaction makes it fail, in the way this adapter
     * retries (on PostgreSQL, a real deadlock with another connection).
     */
    protected abstract void loseToAConcurrentTransaction();

    private Organization anOrganization() {
        return Organization.create(new OrganizationId(ids.next(OrganizationId.PREFIX)), "Acme", Plan.GROWTH,
                clock.instant());
    }

    private boolean stored(Organization organization) {
        return organizations().find(organization.id()).isPresent();
    }

    @Test
    void aTransactionWhoseWorkThrowsLeavesNothingBehindAndIsNotRetried() {
        Organization first = anOrganization();
        Organization joined = anOrganization();
        List<Organization> attempts = new ArrayList<>();

        assertThatThrownBy(() -> transactions().run(() -> {
            attempts.add(first);
            organizations().add(first);
            transactions().run(() -> organizations().add(joined));
            throw new IllegalStateException("changed my mind");
        })).isInstanceOf(IllegalStateException.class).hasMessage("changed my mind");

        assertThat(attempts).hasSize(1);
        assertThat(stored(first)).isFalse();
        assertThat(stored(joined)).isFalse();
    }

    @Test
    void aTransactionThatLosesToAConcurrentOneIsRetriedAndWritesOnce() {
        List<Organization> attempts = new ArrayList<>();

        Organization result = transactions().inTransaction(() -> {
            Organization built = anOrganization();
            attempts.add(built);
            organizations().add(built);
            if (attempts.size() == 1) {
                loseToAConcurrentTransaction();
            }
            return built;
        });

        assertThat(attempts).hasSize(2);
        assertThat(stored(attempts.get(0))).as("the failed attempt's write").isFalse();
        assertThat(stored(attempts.get(1))).as("the retry's write").isTrue();
        assertThat(result).isSameAs(attempts.get(1));
    }

    @Test
    void aSavepointWhoseWorkThrowsUndoesThatWorkOnlyAndTheTransactionGoesOn() {
        Organization before = anOrganization();
        Organization refused = anOrganization();
        Organization after = anOrganization();

        transactions().run(() -> {
            organizations().add(before);
            assertThatThrownBy(() -> transactions().inSavepoint(() -> {
                organizations().add(refused);
                throw new DomainException("plan_limit_exceeded", "no more");
            })).isInstanceOf(DomainException.class).hasMessage("no more");
            organizations().add(after);
        });

        assertThat(stored(before)).isTrue();
        assertThat(stored(refused)).isFalse();
        assertThat(stored(after)).isTrue();
    }

    @Test
    void aSavepointWhoseWorkReturnsCommitsWithItsTransactionAndGivesBackTheResult() {
        Organization inside = anOrganization();

        String result = transactions().inTransaction(() -> transactions().inSavepoint(() -> {
            organizations().add(inside);
            return "done";
        }));

        assertThat(result).isEqualTo("done");
        assertThat(stored(inside)).isTrue();
    }

    @Test
    void aStatementThatFailsInsideASavepointDoesNotSpoilTheTransaction() {
        Organization existing = anOrganization();
        organizations().add(existing);
        Organization after = anOrganization();

        transactions().run(() -> {
            assertThatThrownBy(() -> transactions().inSavepoint(() -> {
                organizations().add(existing);
                return null;
            })).isInstanceOf(RuntimeException.class);
            organizations().add(after);
        });

        assertThat(stored(after)).isTrue();
    }

    @Test
    void anInnerSavepointThatThrowsLeavesTheOuterOnesWork() {
        Organization outer = anOrganization();
        Organization inner = anOrganization();

        transactions().run(() -> transactions().inSavepoint(() -> {
            organizations().add(outer);
            assertThatThrownBy(() -> transactions().inSavepoint(() -> {
                organizations().add(inner);
                throw new DomainException("no_eligible_assignee", "nobody");
            })).isInstanceOf(DomainException.class);
            return null;
        }));

        assertThat(stored(outer)).isTrue();
        assertThat(stored(inner)).isFalse();
    }

    @Test
    void aSavepointOutsideATransactionIsATransactionOfItsOwn() {
        Organization alone = anOrganization();

        transactions().inSavepoint(() -> {
            organizations().add(alone);
            return null;
        });

        assertThat(stored(alone)).isTrue();
    }
}
