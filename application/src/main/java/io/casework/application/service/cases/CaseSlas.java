package io.casework.application.service.cases;

import io.casework.application.port.out.SlaPolicyRepository;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.Priority;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.sla.SlaPolicies;
import io.casework.domain.sla.SlaPolicy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets a case's SLA from its organization's policies: when it is opened and when its priority changes. One indexed
 * read of the organization's policies; the deadlines count from the case's creation.
 */
public final class CaseSlas {
    private final SlaPolicyRepository policies;

    public CaseSlas(SlaPolicyRepository policies) {
        this.policies = policies;
    }

    public void apply(Case aCase) {
        apply(aCase, policies.list(aCase.organizationId()));
    }

    /** Applies to new cases, reading each organization's policies once. */
    public void applyAll(List<Case> opened) {
        Map<OrganizationId, List<SlaPolicy>> read = new HashMap<>();
        opened.forEach(aCase -> apply(aCase, read.computeIfAbsent(aCase.organizationId(), policies::list)));
    }

    private static void apply(Case aCase, List<SlaPolicy> organizationPolicies) {
        aCase.applySla(SlaPolicies.choose(organizationPolicies, aCase.type(), aCase.priority())
                .map(policy -> policy.deadlinesFrom(aCase.createdAt()))
                .orElse(null));
    }

    /** Chooses the policy again if the case's priority is no longer {@code before}. */
    public void applyIfPriorityChanged(Case aCase, Priority before) {
        if (aCase.priority() != before) {
            apply(aCase);
        }
    }
}
