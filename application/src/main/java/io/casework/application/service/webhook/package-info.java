/**
 * Webhooks: endpoints and their secrets, the events queued in the transaction of the change that causes them
 * ({@link io.casework.application.service.webhook.WebhookEvents}, hooked into the case timeline and the runs), and
 * their signed delivery with retries ({@link io.casework.application.service.webhook.WebhookDeliverer}).
 */
package io.casework.application.service.webhook;
