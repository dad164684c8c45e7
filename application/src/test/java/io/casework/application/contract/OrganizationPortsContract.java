package io.casework.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.out.ApiKeyRepository;
import io.casework.application.port.out.ApiKeyRepository.StoredApiKey;
import io.casework.application.port.out.AssignCaseUsage;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.testing.SequentialIds;
import io.casework.domain.organization.ApiKeyId;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** What every adapter of the organization ports must do. Extend it with a factory for your adapter. */
public abstract class OrganizationPortsContract {
    protected final SequentialIds ids = new SequentialIds();
    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30.123456Z");

    protected abstract OrganizationRepository organizations();

    protected abstract ApiKeyRepository apiKeys();

    protected abstract AssignCaseUsage usage();

    protected Organization storedOrganization(Plan plan) {
        Organization organization = Organization.create(new OrganizationId(ids.next("org_")), "Acme", plan, NOW);
        organizations().add(organization);
        return organization;
    }

    @Test
    void storesAndFindsAnOrganization() {
        Organization stored = storedOrganization(Plan.STARTUP_PROGRAM);

        Organization found = organizations().find(stored.id()).orElseThrow();

        assertThat(found.name()).isEqualTo("Acme");
        assertThat(found.plan()).isEqualTo(Plan.STARTUP_PROGRAM);
        assertThat(found.createdAt()).isEqualTo(NOW);
    }

    @Test
    void findsNothingForAnUnknownOrganization() {
        assertThat(organizations().find(new OrganizationId("org_unknown"))).isEmpty();
    }

    @Test
    void storesAChangedPlan() {
        Organization stored = storedOrganization(Plan.STARTUP_PROGRAM);

        organizations().update(stored.changePlan(Plan.ENTERPRISE));

        assertThat(organizations().find(stored.id()).orElseThrow().plan()).isEqualTo(Plan.ENTERPRISE);
    }

    @Test
    void findsAnApiKeyByIdWithItsHash() {
        Organization organization = storedOrganization(Plan.GROWTH);
        ApiKeyId keyId = new ApiKeyId(ids.next("key_"));
        apiKeys().add(new StoredApiKey(keyId, organization.id(), new byte[] {1, 2, 3}, NOW));

        StoredApiKey found = apiKeys().find(keyId).orElseThrow();

        assertThat(found.organizationId()).isEqualTo(organization.id());
        assertThat(found.secretHash()).containsExactly(1, 2, 3);
        assertThat(apiKeys().find(new ApiKeyId(ids.next("key_")))).isEmpty();
    }

    @Test
    void countsAssignCaseExecutionsPerMonthUpToTheLimit() {
        Organization organization = storedOrganization(Plan.STARTUP_PROGRAM);
        YearMonth november = YearMonth.of(2026, 11);

        assertThat(usage().tryIncrement(organization.id(), november, 2L)).isTrue();
        assertThat(usage().tryIncrement(organization.id(), november, 2L)).isTrue();
        assertThat(usage().tryIncrement(organization.id(), november, 2L)).isFalse();

        assertThat(usage().count(organization.id(), november)).isEqualTo(2);
        assertThat(usage().count(organization.id(), november.plusMonths(1))).isZero();
        assertThat(usage().tryIncrement(organization.id(), november.plusMonths(1), 2L)).isTrue();
    }

    @Test
    void aZeroLimitAllowsNothingAndNoLimitAllowsEverything() {
        Organization limited = storedOrganization(Plan.STARTUP_PROGRAM);
        Organization unlimited = storedOrganization(Plan.ENTERPRISE);
        YearMonth november = YearMonth.of(2026, 11);

        assertThat(usage().tryIncrement(limited.id(), november, 0L)).isFalse();
        for (int i = 0; i < 5; i++) {
            assertThat(usage().tryIncrement(unlimited.id(), november, null)).isTrue();
        }
        assertThat(usage().count(limited.id(), november)).isZero();
        assertThat(usage().count(unlimited.id(), november)).isEqualTo(5);
    }
}
