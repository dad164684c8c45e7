/** A POST's work and its stored answer in one transaction, so a retry with the same key gets the same answer. */
package io.casework.application.service.idempotency;
