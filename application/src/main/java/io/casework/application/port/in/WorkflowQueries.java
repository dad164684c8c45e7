package io.casework.application.port.in;

import io.casework.application.port.PageRequest;
import io.casework.application.port.Page;

import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowRunId;
import io.casework.domain.workflow.WorkflowVersion;

public interface WorkflowQueries {
    Workflow get(OrganizationId organizationId, WorkflowId id);

    Page<Workflow> list(OrganizationId organizationId, PageRequest page);

    Page<WorkflowVersion> versions(OrganizationId organizationId, WorkflowId id, PageRequest page);

    WorkflowVersion version(OrganizationId organizationId, WorkflowId id, int number);

    WorkflowRun run(OrganizationId organizationId, WorkflowRunId id);

    Page<WorkflowRun> runs(OrganizationId organizationId, RunFilter filter, PageRequest page);
}
