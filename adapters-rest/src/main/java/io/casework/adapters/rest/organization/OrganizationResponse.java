package io.casework.adapters.rest.organization;

import io.casework.adapters.rest.dto.WireNames;
import io.casework.application.port.in.OrganizationQueries.OrganizationView;
import io.casework.domain.organization.ReassignmentSettings;

public record OrganizationResponse(String id, String name, String plan, Usage usage, Settings settings) {
    public record Usage(String period, long assignCaseExecutions, Long assignCaseLimit) {
    }

    /** What happens to the open cases of a member who becomes unavailable. */
    public record Settings(String reassignOnUnavailable, int reassignAfterHours) {
        static Settings from(ReassignmentSettings settings) {
            return new Settings(WireNames.of(settings.onUnavailable()), settings.afterHours());
        }
    }

    public static OrganizationResponse from(OrganizationView view) {
        return new OrganizationResponse(view.organization().id().value(), view.organization().name(),
                WireNames.of(view.organization().plan()),
                new Usage(view.period().toString(), view.assignCaseExecutions(), view.assignCaseLimit()),
                Settings.from(view.organization().reassignment()));
    }
}
