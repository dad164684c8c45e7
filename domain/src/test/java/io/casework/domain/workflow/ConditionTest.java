package io.casework.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseId;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionTest {
    private final Case aCase = Case.open(new CaseId("case_1"), new OrganizationId("org_1"), new CaseType("ato"),
            Priority.HIGH, null, Map.of("country", "GB", "risk_score", 87), List.of("vip", "ato"),
            Actor.apiKey("key_1"), Instant.parse("2026-11-26T10:00:00Z"));

    @Test
    void comparesPriorityTypeAttributesAndTags() {
        assertThat(new Condition("case.priority", Condition.Op.EQ, "high").holdsFor(aCase)).isTrue();
        assertThat(new Condition("case.case_type", Condition.Op.NEQ, "ato").holdsFor(aCase)).isFalse();
        assertThat(new Condition("case.attributes.country", Condition.Op.IN, List.of("GB", "FR")).holdsFor(aCase)).isTrue();
        assertThat(new Condition("case.attributes.risk_score", Condition.Op.GTE, 80).holdsFor(aCase)).isTrue();
        assertThat(new Condition("case.attributes.risk_score", Condition.Op.LTE, 86.5).holdsFor(aCase)).isFalse();
        assertThat(new Condition("case.attributes.risk_score", Condition.Op.EQ, 87.0).holdsFor(aCase)).isTrue();
        assertThat(new Condition("case.tags", Condition.Op.CONTAINS, "vip").holdsFor(aCase)).isTrue();
    }

    @Test
    void aMissingAttributeOrIncomparableValueIsFalseForOrderings() {
        assertThat(new Condition("case.attributes.absent", Condition.Op.GTE, 1).holdsFor(aCase)).isFalse();
        assertThat(new Condition("case.attributes.country", Condition.Op.GTE, 1).holdsFor(aCase)).isFalse();
        assertThat(new Condition("case.attributes.absent", Condition.Op.EQ, null).holdsFor(aCase)).isTrue();
    }

    @Test
    void knowsWhichFieldsItCanRead() {
        assertThat(Condition.isKnownField("case.attributes.country")).isTrue();
        assertThat(Condition.isKnownField("case.attributes.")).isFalse();
        assertThat(Condition.isKnownField("case.subject")).isFalse();
    }
}
