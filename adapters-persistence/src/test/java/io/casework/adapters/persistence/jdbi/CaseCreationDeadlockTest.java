package io.casework.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.application.port.out.Telemetry;
import io.casework.application.port.in.CreateCaseCommand;
import io.casework.application.port.in.CaseEventView;
import io.casework.application.service.cases.CreateCaseService;
import io.casework.application.service.cases.CaseSlas;
import io.casework.application.testing.SequentialIds;
import io.casework.application.testing.TestClock;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseCreated;
import io.casework.domain.cases.CaseType;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Opening a case whose transaction PostgreSQL aborts for a deadlock, then retries. */
class CaseCreationDeadlockTest {
    private final DataSource dataSource = TestDatabase.fresh().dataSource();
    private final PostgresPersistence persistence = new PostgresPersistence(dataSource);
    private final SequentialIds ids = new SequentialIds();
    private final TestClock clock = TestClock.startingAt("2026-11-26T10:15:30Z");
    private final Deadlock deadlock = new Deadlock(dataSource, persistence);

    @Test
    void aCreateRetriedAfterADeadlockKeepsExactlyOneCreatedEvent() {
        OrganizationId org = new OrganizationId(ids.next(OrganizationId.PREFIX));
        persistence.organizations().add(Organization.create(org, "Acme", Plan.GROWTH, clock.instant()));
        AtomicInteger triggered = new AtomicInteger();
        CreateCaseService create = new CreateCaseService(persistence.cases(),
                persistence.caseTimeline(), opened -> {
                    if (triggered.incrementAndGet() == 1) {
                        deadlock.loseIt();
                    }
                }, new CaseSlas(persistence.slaPolicies()), ids, persistence.transactions(), clock, Telemetry.NONE);

        Case created = create.create(new CreateCaseCommand(org, Actor.apiKey("key_test"), new CaseType("ato"), null,
                null, Map.of(), List.of()));

        assertThat(triggered).hasValue(2);
        assertThat(persistence.cases().find(org, created.id())).isPresent();
        List<CaseEventView> events = persistence.caseTimeline().list(org, created.id(), 10, Optional.empty());
        assertThat(events).extracting(CaseEventView::event).singleElement().isInstanceOf(CaseCreated.class);
    }
}
