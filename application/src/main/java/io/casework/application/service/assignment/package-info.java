/** Assigning and unassigning cases: the one assignment logic for the API and the workflow step, and the emails it queues. */
package io.casework.application.service.assignment;
