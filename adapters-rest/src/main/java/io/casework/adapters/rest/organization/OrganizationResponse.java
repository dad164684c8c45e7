package io.casework.adapters.rest.organization;

import io.casework.adapters.rest.dto.WireNames;
import io.casework.application.port.in.OrganizationQueries.OrganizationView;

public record OrganizationResponse(String id, String name, String plan, Usage usage) {
    public record Usage(String period, long assignCaseExecutions, Long assignCaseLimit) {
    }

    public static OrganizationResponse from(OrganizationView view) {
        return new OrganizationResponse(view.organization().id().value(), view.organization().name(),
                WireNames.of(view.organization().plan()),
                new Usage(view.period().toString(), view.assignCaseExecutions(), view.assignCaseLimit()));
    }
}
