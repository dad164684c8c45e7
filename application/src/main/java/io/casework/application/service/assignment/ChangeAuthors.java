package io.casework.application.service.assignment;

import io.casework.application.port.out.ApiKeyRepository;
import io.casework.application.port.out.ApiKeyRepository.StoredApiKey;
import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.cases.Actor;
import io.casework.domain.organization.ApiKeyId;
import io.casework.domain.organization.OrganizationId;

/**
 * Who made an assignment by hand, as its email names them: an API client by its key's name, a staff member by
 * name; each as named at the time of the change.
 */
final class ChangeAuthors {
    private final StaffMemberRepository staff;
    private final ApiKeyRepository apiKeys;

    ChangeAuthors(StaffMemberRepository staff, ApiKeyRepository apiKeys) {
        this.staff = staff;
        this.apiKeys = apiKeys;
    }

    Notifier.ChangedBy of(OrganizationId organizationId, Actor actor) {
        return switch (actor.type()) {
            case API_KEY -> {
                ApiKeyId keyId = new ApiKeyId(actor.id());
                yield new Notifier.ChangedBy.ApiKey(keyId, apiKeys.find(keyId).map(StoredApiKey::name).orElse(null));
            }
            case STAFF_MEMBER -> new Notifier.ChangedBy.StaffMember(staff.find(organizationId,
                    new StaffMemberId(actor.id())).map(StaffMember::name).orElse(actor.id()));
            case WORKFLOW_RUN, SYSTEM -> throw new IllegalArgumentException(
                    "an assignment by hand is made through the API or the dashboard, not by " + actor);
        };
    }
}
