package io.casework.adapters.rest.organization;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.adapters.rest.dto.Violations;
import io.casework.adapters.rest.dto.WireNames;
import io.casework.application.port.in.ChangeOrganizationSettingsCommand;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.ReassignmentSettings;
import io.casework.domain.organization.ReassignmentSettings.OnUnavailable;
import jakarta.ws.rs.BadRequestException;
import java.util.Optional;
import java.util.Set;

/**
 * PATCH of the organization: {@code {"settings": {...}}}, each setting optional; an unknown key, at either level,
 * is a validation error naming it ({@code settings.colour}).
 */
final class OrganizationSettingsRequest {
    private static final String SETTINGS = "settings";
    private static final String ON_UNAVAILABLE = "reassign_on_unavailable";
    private static final String AFTER_HOURS = "reassign_after_hours";

    private OrganizationSettingsRequest() {
    }

    static ChangeOrganizationSettingsCommand toCommand(JsonNode body, OrganizationId organizationId) {
        if (body == null || !body.isObject()) {
            throw new BadRequestException("the body must be a JSON object");
        }
        Violations violations = new Violations();
        violations.unknownFields(body, Set.of(SETTINGS), "");
        Optional<OnUnavailable> onUnavailable = Optional.empty();
        Optional<Integer> afterHours = Optional.empty();
        JsonNode settings = body.get(SETTINGS);
        if (settings != null && !settings.isObject()) {
            violations.add(SETTINGS, "must be an object");
        } else if (settings != null) {
            violations.unknownFields(settings, Set.of(ON_UNAVAILABLE, AFTER_HOURS), SETTINGS);
            JsonNode on = settings.get(ON_UNAVAILABLE);
            if (on != null) {
                if (on.isTextual()) {
                    onUnavailable = Optional.ofNullable(violations.optional(SETTINGS + "." + ON_UNAVAILABLE,
                            on.textValue(), WireNames.parser(OnUnavailable.class)));
                } else {
                    violations.add(SETTINGS + "." + ON_UNAVAILABLE, "must be one of none, team_queue, rerun");
                }
            }
            JsonNode hours = settings.get(AFTER_HOURS);
            if (hours != null) {
                if (hours.isIntegralNumber() && hours.canConvertToInt() && hours.intValue() >= 0
                        && hours.intValue() <= ReassignmentSettings.MAX_AFTER_HOURS) {
                    afterHours = Optional.of(hours.intValue());
                } else {
                    violations.add(SETTINGS + "." + AFTER_HOURS,
                            "must be an integer from 0 to " + ReassignmentSettings.MAX_AFTER_HOURS);
                }
            }
        }
        violations.throwIfAny();
        return new ChangeOrganizationSettingsCommand(organizationId, onUnavailable, afterHours);
    }
}
