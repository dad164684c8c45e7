package io.casework.application.service.organization;

import io.casework.application.port.Page;
import io.casework.application.port.PageRequest;
import io.casework.application.port.in.ApiKeyQueries;
import io.casework.application.port.in.ApiKeyView;
import io.casework.application.port.out.ApiKeyRepository;
import io.casework.domain.organization.OrganizationId;

public final class ApiKeyQueryService implements ApiKeyQueries {
    private final ApiKeyRepository apiKeys;

    public ApiKeyQueryService(ApiKeyRepository apiKeys) {
        this.apiKeys = apiKeys;
    }

    @Override
    public Page<ApiKeyView> list(OrganizationId organizationId, PageRequest page) {
        return Page.fromOverfetch(apiKeys.list(organizationId, page.limit() + 1, page.after()), page.limit(),
                key -> new PageRequest.Position(key.createdAt(), key.id().value())).map(ApiKeyViews::of);
    }
}
