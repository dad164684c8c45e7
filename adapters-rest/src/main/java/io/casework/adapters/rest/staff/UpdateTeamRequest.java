package io.casework.adapters.rest.staff;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.adapters.rest.dto.PatchDocument;
import io.casework.application.port.in.UpdateTeamCommand;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.organization.OrganizationId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** PATCH of a team: a new name and/or the whole member list. */
public final class UpdateTeamRequest {
    private static final Set<String> SETTABLE = Set.of("name", "member_ids");

    private UpdateTeamRequest() {
    }

    public static UpdateTeamCommand toCommand(JsonNode body, OrganizationId organizationId, TeamId id,
                                              OptionalLong expectedVersion) {
        PatchDocument patch = PatchDocument.of(body, SETTABLE);
        Optional<String> name = patch.string("name");
        Optional<List<String>> memberIds = patch.strings("member_ids");
        patch.throwIfInvalid();
        return new UpdateTeamCommand(organizationId, id, expectedVersion, name, memberIds);
    }
}
