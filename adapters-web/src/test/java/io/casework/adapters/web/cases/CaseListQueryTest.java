package io.casework.adapters.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.adapters.web.cases.CaseListQuery.CaseList;
import io.casework.application.port.PageRequest;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseListQueryTest {
    @Test
    void emptyValuesAreNoFilterAndTheFirstPage() {
        CaseListQuery query = new CaseListQuery(CaseList.MINE, "", null, " ", null, "");

        assertThat(query.valid()).isTrue();
        assertThat(query.filtered()).isFalse();
        assertThat(query.parsedStatus()).isEmpty();
        assertThat(query.parsedType()).isEmpty();
        assertThat(query.parsedPriority()).isEmpty();
        assertThat(query.page()).isEqualTo(PageRequest.first(CaseListQuery.PAGE_SIZE));
    }

    @Test
    void readsTheFiltersAndTheNextPageLinkKeepsThem() {
        String cursor = new PageRequest.Position(Instant.parse("2026-12-01T10:00:00Z"), "case_1").encode();
        CaseListQuery query = new CaseListQuery(CaseList.MINE, "Open", " kyc ", "URGENT", "stf_1", cursor);

        assertThat(query.valid()).isTrue();
        assertThat(query.parsedStatus()).contains(CaseStatus.OPEN);
        assertThat(query.parsedType()).contains(new CaseType("kyc"));
        assertThat(query.parsedPriority()).contains(Priority.URGENT);
        assertThat(query.parsedAssignee()).as("only the all-cases list filters by assignee").isEmpty();
        assertThat(query.page().after()).contains(PageRequest.Position.decode(cursor));
        assertThat(query.link("next1")).isEqualTo("/cases/mine?status=open&type=kyc&priority=urgent&cursor=next1");
    }

    @Test
    void badValuesAreErrorsBesideTheirFieldsNotExceptions() {
        CaseListQuery query = new CaseListQuery(CaseList.ALL, "closed", "Account Takeover", "extreme", "ada", "%%");

        assertThat(query.valid()).isFalse();
        assertThat(query.errors()).containsOnlyKeys("status", "type", "priority", "assignee", "cursor");
    }

    @Test
    void theTeamQueueHoldsNoResolvedCasesAndTheAllCasesListFiltersByStaffMemberOrTeam() {
        assertThat(new CaseListQuery(CaseList.QUEUE, "resolved", null, null, null, null).errors())
                .containsOnlyKeys("status");
        assertThat(new CaseListQuery(CaseList.QUEUE, "pending", null, null, null, null).valid()).isTrue();
        assertThat(new CaseListQuery(CaseList.ALL, null, null, null, "team_7", null).parsedAssignee())
                .isEqualTo(Optional.of("team_7"));
        assertThat(new CaseListQuery(CaseList.ALL, null, null, null, "stf_7", null).link(null))
                .isEqualTo("/cases?assignee=stf_7");
    }
}
