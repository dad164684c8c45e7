package io.casework.adapters.rest.resource;

import io.casework.application.port.out.IdempotencyStore;
import io.casework.application.port.out.IdempotencyStore.StoredResponse;
import io.casework.domain.organization.OrganizationId;

/**
 * The {@code Idempotency-Key} claim a request holds, as a request property; the token tells it from a claim that
 * took over after it.
 */
record HeldClaim(OrganizationId organizationId, String key, String token) {
    /** The request property the claim is held in until its response is stored. */
    static final String PROPERTY = HeldClaim.class.getName();

    boolean complete(IdempotencyStore store, StoredResponse response) {
        return store.complete(organizationId, key, token, response);
    }

    void release(IdempotencyStore store) {
        store.release(organizationId, key, token);
    }
}
