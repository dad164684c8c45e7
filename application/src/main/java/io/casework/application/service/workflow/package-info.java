/** Workflow drafts, publishing, manual runs, the triggers, the engine that runs them, and the step types. */
package io.casework.application.service.workflow;
