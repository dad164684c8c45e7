/** Sending the queued emails, with retries, and listing them. */
package io.casework.application.service.notification;
