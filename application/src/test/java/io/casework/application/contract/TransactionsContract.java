package io.casework.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.Transactions;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.casework.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of {@link Transactions} must do with a savepoint; organizations stand for any stored work.
 * The adapter's repositories must take part in its transactions.
 */
public abstract class TransactionsContract extends PortContract {
    protected abstract Transactions transactions();

    private Organization anOrganization() {
        return Organization.create(new OrganizationId(ids.next(OrganizationId.PREFIX)), "Acme", Plan.GROWTH,
                clock.instant());
    }

    private boolean stored(Organization organization) {
        return organizations().find(organization.id()).isPresent();
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
