package io.casework.adapters.persistence.jdbi;

import static io.casework.adapters.persistence.jdbi.Concurrently.whileTheFirstHoldsItsClaim;
import static org.assertj.core.api.Assertions.assertThat;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.adapters.persistence.jdbi.Concurrently.Claims;
import io.casework.application.contract.PortContract;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.SlaTimers;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseId;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.sla.SlaPolicy;
import io.casework.domain.sla.SlaPolicyId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** SLA timers (the cases' sla_due_at) and policies on PostgreSQL: claiming by several processes, the list indexes. */
class JdbiSlaTimersTest extends PortContract {
    private final DataSource dataSource = TestDatabase.fresh().dataSource();
    private final PostgresPersistence persistence = new PostgresPersistence(dataSource);
    private final SlaTimers timers = persistence.slaTimers();

    @Override
    protected OrganizationRepository organizations() {
        return persistence.organizations();
    }

    @Test
    void aClaimTakesDueCasesEarliestFirstAndAnotherClaimerPassesOverThemUntilItsTransactionEnds() throws Exception {
        OrganizationId org = storedOrganization();
        Instant start = clock.instant();
        Case later = storedCase(org, 20);
        Case earliest = storedCase(org, 10);
        storedCase(org, 90);
        storedCaseWithoutSla(org);
        Instant now = start.plus(Duration.ofMinutes(30));

        Claims<List<CaseId>> claims = whileTheFirstHoldsItsClaim(persistence.transactions(),
                () -> idsOf(timers.claimDue(now, 1)), () -> idsOf(timers.claimDue(now, 10)));

        assertThat(claims.first()).containsExactly(earliest.id());
        assertThat(claims.second()).containsExactly(later.id());
        // a claim alone fires nothing: the timer moves when the case is written
        assertThat(persistence.transactions().inTransaction(() -> idsOf(timers.claimDue(now, 10))))
                .containsExactly(earliest.id(), later.id());
    }

    @Test
    void aBreachWrittenWithTheCaseMovesItsTimerToTheNextDeadline() {
        OrganizationId org = storedOrganization();
        Case aCase = storedCase(org, 10);
        Instant now = aCase.createdAt().plus(Duration.ofMinutes(11));

        persistence.transactions().run(() -> {
            Case claimed = timers.claimDue(now, 10).get(0);
            claimed.missedSlaDeadlines(now).forEach(d -> claimed.breachSla(d, Actor.apiKey("key_test"), now));
            persistence.cases().update(claimed);
        });

        assertThat(persistence.transactions().inTransaction(() -> timers.claimDue(now, 10))).isEmpty();
        assertThat(persistence.transactions().inTransaction(() -> timers.claimDue(
                aCase.createdAt().plus(Duration.ofMinutes(240)), 10))).extracting(Case::id).containsExactly(aCase.id());
        assertThat(persistence.cases().find(org, aCase.id()).orElseThrow().sla().orElseThrow().isBreached()).isTrue();
    }

    @Test
    void policiesAreReplacedAsAListAndReadInItsOrder() {
        OrganizationId org = storedOrganization();
        JdbiSlaPolicyRepository policies = persistence.slaPolicies();
        List<SlaPolicy> list = List.of(
                new SlaPolicy(new SlaPolicyId("slap_1"), List.of(new CaseType("ato"), new CaseType("kyc")),
                        Priority.HIGH, 15, 120),
                new SlaPolicy(new SlaPolicyId("slap_2"), null, null, null, 480));
        policies.replace(org, list);
        policies.replace(storedOrganization(), List.of(new SlaPolicy(new SlaPolicyId("slap_3"), null, null, 5, 6)));

        assertThat(policies.list(org)).containsExactlyElementsOf(list);
        policies.replace(org, List.of());
        assertThat(policies.list(org)).isEmpty();
    }

    @Test
    void theSlaListFiltersAndTheTimerClaimUseTheirIndexesAmongManyCasesWithoutADeadline() throws Exception {
        OrganizationId org = storedOrganization();
        // 200,000 cases, one in a hundred with a pending deadline, one in two hundred with a breach
        execute("""
                INSERT INTO cases (id, organization_id, case_type, priority, attributes, tags, status, created_at,
                                   updated_at, version, sla_policy, sla_resolve_by, sla_due_at, sla_breached)
                SELECT 'case_bulk' || g, '%s', 'ato', 'normal', '{}', '{}', 'open',
                       timestamptz '2026-01-01' + g * interval '1 second', timestamptz '2026-01-01', 1,
                       CASE WHEN g %% 100 = 0 OR g %% 200 = 1 THEN 'slap_1' END,
                       CASE WHEN g %% 100 = 0 OR g %% 200 = 1 THEN timestamptz '2026-06-01' END,
                       CASE WHEN g %% 100 = 0 THEN timestamptz '2026-06-01' - g * interval '1 minute' END,
                       CASE WHEN g %% 200 = 1 THEN '{resolve_by}'::text[] ELSE '{}' END
                FROM generate_series(1, 200000) g""".formatted(org.value()));
        execute("ANALYZE cases");

        assertThat(plan("SELECT id FROM cases WHERE organization_id = '" + org.value() + "' AND sla_breached <> '{}' "
                + "ORDER BY created_at DESC, id DESC LIMIT 51")).contains("cases_sla_breached").doesNotContain("Seq Scan");
        assertThat(plan("SELECT id FROM cases WHERE organization_id = '" + org.value() + "' AND sla_due_at IS NOT NULL "
                + "AND sla_due_at <= timestamptz '2026-05-01' ORDER BY created_at DESC, id DESC LIMIT 51"))
                .as("either due index: with one organization the global one is as selective")
                .contains("cases_sla_due").doesNotContain("cases_page").doesNotContain("Seq Scan");
        assertThat(plan("SELECT id FROM cases WHERE sla_due_at IS NOT NULL AND sla_due_at <= timestamptz '2026-05-01' "
                + "ORDER BY sla_due_at LIMIT 100 FOR UPDATE SKIP LOCKED")).contains("cases_sla_due");
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String plan(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = statement.executeQuery("EXPLAIN " + sql)) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    /** A case whose policy gives it {@code assignWithin} minutes to be assigned and 240 to be resolved. */
    private Case storedCase(OrganizationId org, int assignWithin) {
        Case aCase = Case.open(new CaseId(ids.next(CaseId.PREFIX)), org, new CaseType("ato"), null, null, Map.of(),
                List.of(), Actor.apiKey("key_test"), clock.instant());
        aCase.applySla(new SlaPolicy(new SlaPolicyId(ids.next(SlaPolicyId.PREFIX)), null, null, assignWithin, 240)
                .deadlinesFrom(aCase.createdAt()));
        persistence.cases().add(aCase);
        return aCase;
    }

    private void storedCaseWithoutSla(OrganizationId org) {
        persistence.cases().add(Case.open(new CaseId(ids.next(CaseId.PREFIX)), org, new CaseType("ato"), null, null,
                Map.of(), List.of(), Actor.apiKey("key_test"), clock.instant()));
    }

    private static List<CaseId> idsOf(List<Case> cases) {
        return new ArrayList<>(cases.stream().map(Case::id).toList());
    }
}
