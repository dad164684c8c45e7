package io.casework.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.out.ApiKeyRepository;
import io.casework.application.port.out.ApiKeyRepository.StoredApiKey;
import io.casework.application.port.out.AssignCaseUsage;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.testing.SequentialIds;
import io.casework.domain.organization.ApiKeyId;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.casework.domain.organization.ReassignmentSettings;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
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
    void storesChangedSettingsWithTheDefaultsBeforeAnyChange() {
        Organization stored = storedOrganization(Plan.GROWTH);
        ReassignmentSettings settings = new ReassignmentSettings(ReassignmentSettings.OnUnavailable.RERUN, 72);

        ReassignmentSettings before = organizations().find(stored.id()).orElseThrow().reassignment();
        organizations().update(stored.changeReassignment(settings));

        assertThat(before).isEqualTo(ReassignmentSettings.DEFAULT);
        assertThat(organizations().find(stored.id()).orElseThrow().reassignment()).isEqualTo(settings);
    }

    @Test
    void findsAnApiKeyByIdWithItsHash() {
        Organization organization = storedOrganization(Plan.GROWTH);
        ApiKeyId keyId = new ApiKeyId(ids.next("key_"));
        apiKeys().add(StoredApiKey.issued(keyId, organization.id(), "Back office", new byte[] {1, 2, 3}, NOW));

        StoredApiKey found = apiKeys().find(keyId).orElseThrow();

        assertThat(found.organizationId()).isEqualTo(organization.id());
        assertThat(found.name()).isEqualTo("Back office");
        assertThat(found.secretHash()).containsExactly(1, 2, 3);
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(found.lastUsedAt()).isNull();
        assertThat(found.revokedAt()).isNull();
        assertThat(apiKeys().find(new ApiKeyId(ids.next("key_")))).isEmpty();
    }

    @Test
    void listsAnOrganizationsKeysNewestFirstInPages() {
        Organization organization = storedOrganization(Plan.GROWTH);
        Organization other = storedOrganization(Plan.GROWTH);
        for (int i = 0; i < 3; i++) {
            apiKeys().add(StoredApiKey.issued(new ApiKeyId(ids.next("key_")), organization.id(), "key " + i,
                    new byte[] {1}, NOW.plusSeconds(i)));
        }
        apiKeys().add(StoredApiKey.issued(new ApiKeyId(ids.next("key_")), other.id(), "other", new byte[] {1}, NOW));

        List<StoredApiKey> first = apiKeys().list(organization.id(), 2, Optional.empty());
        StoredApiKey last = first.get(1);
        List<StoredApiKey> second = apiKeys().list(organization.id(), 2,
                Optional.of(new Position(last.createdAt(), last.id().value())));

        assertThat(first).extracting(StoredApiKey::name).containsExactly("key 2", "key 1");
        assertThat(second).extracting(StoredApiKey::name).containsExactly("key 0");
    }

    @Test
    void aRevokedKeyKeepsItsFirstRevocationTime() {
        Organization organization = storedOrganization(Plan.GROWTH);
        ApiKeyId keyId = new ApiKeyId(ids.next("key_"));
        apiKeys().add(StoredApiKey.issued(keyId, organization.id(), "Old", new byte[] {1}, NOW));

        apiKeys().revoke(keyId, NOW.plusSeconds(10));
        apiKeys().revoke(keyId, NOW.plusSeconds(20));

        assertThat(apiKeys().find(keyId).orElseThrow().revokedAt()).isEqualTo(NOW.plusSeconds(10));
    }

    @Test
    void lastUsedIsWrittenOncePerPeriod() {
        Organization organization = storedOrganization(Plan.GROWTH);
        ApiKeyId keyId = new ApiKeyId(ids.next("key_"));
        apiKeys().add(StoredApiKey.issued(keyId, organization.id(), "Busy", new byte[] {1}, NOW));

        apiKeys().markUsed(keyId, NOW.plusSeconds(1), NOW.minusSeconds(59));
        apiKeys().markUsed(keyId, NOW.plusSeconds(30), NOW.minusSeconds(30));
        assertThat(apiKeys().find(keyId).orElseThrow().lastUsedAt()).isEqualTo(NOW.plusSeconds(1));

        apiKeys().markUsed(keyId, NOW.plusSeconds(70), NOW.plusSeconds(10));
        assertThat(apiKeys().find(keyId).orElseThrow().lastUsedAt()).isEqualTo(NOW.plusSeconds(70));
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
