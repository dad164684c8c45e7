package io.casework.application.service.cases;

import io.casework.application.port.out.SlaPolicyRepository;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.Priority;
import io.casework.domain.sla.SlaPolicies;

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
        aCase.applySla(SlaPolicies.choose(policies.list(aCase.organizationId()), aCase.type(), aCase.priority())
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
