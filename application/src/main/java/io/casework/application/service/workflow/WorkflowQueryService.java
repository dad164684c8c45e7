package io.casework.application.service.workflow;

import io.casework.application.port.in.NotFoundException;
import io.casework.application.port.Page;
import io.casework.application.port.PageRequest;
import io.casework.application.port.in.RunFilter;
import io.casework.application.port.in.WorkflowQueries;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.application.port.out.WorkflowRunRepository;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowRunId;
import io.casework.domain.workflow.WorkflowVersion;

public final class WorkflowQueryService implements WorkflowQueries {
    private final WorkflowRepository workflows;
    private final WorkflowRunRepository runs;

    public WorkflowQueryService(WorkflowRepository workflows, WorkflowRunRepository runs) {
        this.workflows = workflows;
        this.runs = runs;
    }

    @Override
    public Workflow get(OrganizationId organizationId, WorkflowId id) {
        return find(workflows, organizationId, id);
    }

    @Override
    public Page<Workflow> list(OrganizationId organizationId, PageRequest page) {
        return Page.fromOverfetch(workflows.list(organizationId, page.limit() + 1, page.after()), page.limit(),
                w -> new PageRequest.Position(w.createdAt(), w.id().value()));
    }

    @Override
    public Page<WorkflowVersion> versions(OrganizationId organizationId, WorkflowId id, PageRequest page) {
        find(workflows, organizationId, id);
        return Page.fromOverfetch(workflows.listVersions(organizationId, id, page.limit() + 1, page.after()),
                page.limit(), v -> new PageRequest.Position(v.publishedAt(), Integer.toString(v.number())));
    }

    @Override
    public WorkflowVersion version(OrganizationId organizationId, WorkflowId id, int number) {
        return workflows.findVersion(organizationId, id, number)
                .orElseThrow(() -> new NotFoundException("version " + number + " of workflow", id.value()));
    }

    @Override
    public WorkflowRun run(OrganizationId organizationId, WorkflowRunId id) {
        return runs.find(organizationId, id).orElseThrow(() -> new NotFoundException("workflow run", id.value()));
    }

    @Override
    public Page<WorkflowRun> runs(OrganizationId organizationId, RunFilter filter,
                                  PageRequest page) {
        return Page.fromOverfetch(runs.list(organizationId, filter, page.limit() + 1, page.after()), page.limit(),
                r -> new PageRequest.Position(r.createdAt(), r.id().value()));
    }

    static Workflow find(WorkflowRepository workflows, OrganizationId organizationId, WorkflowId id) {
        return workflows.find(organizationId, id).orElseThrow(() -> new NotFoundException("workflow", id.value()));
    }
}
