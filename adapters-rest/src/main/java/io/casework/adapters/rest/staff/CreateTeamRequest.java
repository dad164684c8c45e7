package io.casework.adapters.rest.staff;

import io.casework.adapters.rest.dto.Violations;
import io.casework.application.port.in.CreateTeamCommand;
import io.casework.domain.organization.OrganizationId;
import java.util.List;
import java.util.function.Function;

/** {@code member_ids} may be left out for a team without members yet. */
public record CreateTeamRequest(String name, List<String> memberIds) {
    public CreateTeamCommand toCommand(OrganizationId organizationId) {
        Violations violations = new Violations();
        violations.required("name", name, Function.identity());
        List<String> members = memberIds == null ? List.of() : memberIds;
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i) == null) {
                violations.add("member_ids[" + i + "]", "must be a staff member id (stf_…)");
            }
        }
        violations.throwIfAny();
        return new CreateTeamCommand(organizationId, name, members);
    }
}
