package io.casework.application.service.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.in.CreateCaseCommand;
import io.casework.application.port.in.CaseEventView;
import io.casework.application.port.out.Telemetry;
import io.casework.application.testing.InMemoryCasework;
import io.casework.application.testing.InMemoryTransactions;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseCreated;
import io.casework.domain.cases.CaseType;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetriedCaseCreationTest {
    private final InMemoryCasework casework = new InMemoryCasework();
    private final OrganizationId org = casework.organization(Plan.GROWTH);

    @Test
    void aCreateRetriedAfterAConflictKeepsExactlyOneCreatedEvent() {
        AtomicInteger triggered = new AtomicInteger();
        AtomicInteger counted = new AtomicInteger();
        CreateCaseService create = new CreateCaseService(casework.cases, casework.timeline,
                opened -> {
                    if (triggered.incrementAndGet() == 1) {
                        throw new InMemoryTransactions.Conflict("deadlock detected");
                    }
                }, new CaseSlas(casework.slaPolicies), casework.ids, casework.transactions, casework.clock, new Telemetry() {
                    @Override
                    public void caseCreated() {
                        counted.incrementAndGet();
                    }
                });

        Case created = create.create(new CreateCaseCommand(org, Actor.apiKey("key_test"), new CaseType("ato"), null,
                null, Map.of(), List.of()));

        assertThat(triggered).hasValue(2);
        assertThat(counted).as("counted once, after the commit").hasValue(1);
        assertThat(casework.cases.find(org, created.id())).isPresent();
        List<CaseEventView> events = casework.timeline.list(org, created.id(), 10, Optional.empty());
        assertThat(events).extracting(CaseEventView::event).singleElement().isInstanceOf(CaseCreated.class);
    }
}
