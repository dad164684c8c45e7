package io.casework.adapters.rest.cases;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.adapters.rest.dto.PatchDocument;
import io.casework.application.port.in.UpdateCaseCommand;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.CaseChange;
import io.casework.domain.cases.CaseId;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.cases.Priority;
import io.casework.domain.organization.OrganizationId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** PATCH of a case: {@code case_type} cannot change, so it is an unknown field here; null clears a resolution. */
public final class UpdateCaseRequest {
    private static final Set<String> SETTABLE = Set.of("status", "resolution", "priority", "tags", "attributes");

    private UpdateCaseRequest() {
    }

    public static UpdateCaseCommand toCommand(JsonNode body, OrganizationId organizationId, Actor actor, CaseId id,
                                              OptionalLong expectedVersion) {
        PatchDocument patch = PatchDocument.of(body, SETTABLE);
        Optional<CaseStatus> status = patch.choice("status", CaseStatus.class);
        Optional<Optional<String>> resolution = patch.nullableString("resolution");
        Optional<Priority> priority = patch.choice("priority", Priority.class);
        Optional<List<String>> tags = patch.strings("tags");
        Optional<Map<String, Object>> attributes = patch.object("attributes");
        attributes.ifPresent(value -> CaseAttributes.check("attributes", value, patch.violations()));
        patch.throwIfInvalid();
        return new UpdateCaseCommand(organizationId, actor, id, expectedVersion,
                new CaseChange(status, resolution, priority, tags, attributes));
    }
}
