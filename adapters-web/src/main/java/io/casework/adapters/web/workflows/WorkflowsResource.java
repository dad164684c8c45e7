package io.casework.adapters.web.workflows;

import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Viewer;
import io.casework.adapters.web.session.AdminOnly;
import io.casework.application.port.Page;
import io.casework.application.port.PageRequest;
import io.casework.application.port.in.ConflictException;
import io.casework.application.port.in.FieldErrorsException;
import io.casework.application.port.in.NotFoundException;
import io.casework.application.port.in.RunFilter;
import io.casework.application.port.in.StaleVersionException;
import io.casework.application.port.in.UseCases;
import io.casework.application.port.in.WorkflowDraft;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.DomainException;
import io.casework.domain.shared.InvalidValueException;
import io.casework.domain.shared.PrefixedId;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowVersion;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workflows of the signed-in admin's organization: the list, the editor of a draft (one form posted whole),
 * published versions read-only, manual runs and the run log, deleting a draft never published and archiving a
 * workflow that was. Everything goes through the same use cases as
 * {@code /v1/workflows}; a reviewer gets the 403 page, an id of another organization's workflow the 404 page.
 *
 * <p>The editor's operations that only rearrange the form (add, move or remove a step) re-render it without saving:
 * only Save and Publish store the draft, as the product page says ("You'll have to Save and Publish"), so a
 * half-built step is never stored by accident, and what was typed is shown again as typed.
 */
@Path("/workflows")
@Produces(PageView.HTML)
@AdminOnly
public final class WorkflowsResource {
    private static final Pattern STEP_OP = Pattern.compile("(up|down|remove):([0-9]{1,3})");
    private static final int VERSIONS_SHOWN = 20;

    private final UseCases useCases;

    public WorkflowsResource(UseCases useCases) {
        this.useCases = useCases;
    }

    @GET
    public WorkflowListPage list(@Context SecurityContext security, @QueryParam("cursor") String cursor,
                                 @QueryParam("deleted") String deleted) {
        Viewer viewer = Viewer.of(security);
        OrganizationId organization = viewer.organizationId();
        Page<Workflow> page = useCases.workflows().list(organization, PageRequest.of(null, cursor));
        List<WorkflowListPage.Row> rows = page.items().stream()
                .map(w -> new WorkflowListPage.Row(w, lastRun(organization, w.id()))).toList();
        return new WorkflowListPage(viewer, rows, page.nextCursor().orElse(null), cursor != null && !cursor.isEmpty(),
                deleted);
    }

    private Optional<WorkflowRun> lastRun(OrganizationId organization, WorkflowId id) {
        RunFilter filter = new RunFilter(Optional.of(id), Optional.empty(), Optional.empty());
        return useCases.workflows().runs(organization, filter, PageRequest.first(1)).items().stream().findFirst();
    }

    @GET
    @Path("new")
    public WorkflowEditorPage blank(@Context SecurityContext security) {
        Viewer viewer = Viewer.of(security);
        EditorForm form = EditorForm.blank();
        form.add(StepCatalog.ASSIGN_CASE);
        return editor(viewer, null, form, FieldErrors.none());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@Context SecurityContext security, MultivaluedMap<String, String> posted) {
        return submit(Viewer.of(security), null, EditorForm.read(posted, Optional.empty()), posted);
    }

    @GET
    @Path("{id}")
    public WorkflowEditorPage show(@Context SecurityContext security, @PathParam("id") String id,
                                   @QueryParam("notice") String notice) {
        Viewer viewer = Viewer.of(security);
        Workflow workflow = workflow(viewer, id);
        WorkflowEditorPage page = editor(viewer, workflow, EditorForm.of(workflow), FieldErrors.none());
        if ("saved".equals(notice)) {
            page.notice("Draft saved. The published version, if any, keeps running until you publish.");
        } else if ("published".equals(notice)) {
            page.notice("Published version " + workflow.publishedVersion() + ". New runs use it from now on.");
        } else if ("archived".equals(notice)) {
            page.notice("Archived. New cases no longer start it; its versions and run log stay.");
        }
        return page;
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@Context SecurityContext security, @PathParam("id") String id,
                           MultivaluedMap<String, String> posted) {
        Viewer viewer = Viewer.of(security);
        Workflow workflow = workflow(viewer, id);
        return submit(viewer, workflow, EditorForm.read(posted, Optional.of(workflow)), posted);
    }

    private Response submit(Viewer viewer, Workflow stored, EditorForm form, MultivaluedMap<String, String> posted) {
        String op = posted.getFirst("op") == null ? "save" : posted.getFirst("op");
        if (op.equals("save") || op.equals("publish")) {
            return store(viewer, stored, form, op.equals("publish"));
        }
        if (op.equals("add")) {
            Optional<StepCatalog> type = StepCatalog.of(posted.getFirst("add_type"));
            if (type.isEmpty()) {
                return page(422, editor(viewer, stored, form, FieldErrors.none())
                        .addError("Choose one of the actions listed; \u201c" + posted.getFirst("add_type")
                                + "\u201d is not a step type."));
            }
            if (form.steps.size() >= Workflow.MAX_STEPS) {
                return page(422, editor(viewer, stored, form, FieldErrors.none())
                        .addError("A workflow holds at most " + Workflow.MAX_STEPS
                                + " steps: remove one to add another."));
            }
            int added = form.add(type.get());
            return page(200, unsaved(editor(viewer, stored, form, FieldErrors.none()).focus(added)));
        }
        Matcher step = STEP_OP.matcher(op);
        if (!step.matches() || Integer.parseInt(step.group(2)) >= form.steps.size()) {
            throw new BadRequestException("unknown editor operation " + op);
        }
        int index = Integer.parseInt(step.group(2));
        WorkflowEditorPage page = switch (step.group(1)) {
            case "up" -> editor(viewer, stored, form, FieldErrors.none()).focus(form.move(index, -1));
            case "down" -> editor(viewer, stored, form, FieldErrors.none()).focus(form.move(index, 1));
            default -> {
                form.remove(index);
                yield editor(viewer, stored, form, FieldErrors.none());
            }
        };
        return page(200, unsaved(page));
    }

    private static WorkflowEditorPage unsaved(WorkflowEditorPage page) {
        return page.warning("Not saved yet: Save to keep these changes.");
    }

    /** Save (creating the workflow if new), then publish if asked; a refusal re-renders the form with its errors. */
    private Response store(Viewer viewer, Workflow stored, EditorForm form, boolean publish) {
        Map<String, String> formErrors = new LinkedHashMap<>();
        Optional<WorkflowDraft> draft = form.toDraft(formErrors);
        if (draft.isEmpty()) {
            return page(422, editor(viewer, stored, form, new FieldErrors(formErrors))
                    .warning("Nothing was saved."));
        }
        OrganizationId organization = viewer.organizationId();
        Workflow saved;
        try {
            saved = stored == null ? useCases.createWorkflow().create(organization, draft.get())
                    : useCases.saveWorkflowDraft().save(organization, stored.id(), draft.get(), form.version);
        } catch (FieldErrorsException e) {
            return page(422, editor(viewer, stored, form, errorsOf(e)).warning("Nothing was saved."));
        } catch (InvalidValueException e) {
            return page(422, editor(viewer, stored, form, errorOf(e)).warning("Nothing was saved."));
        } catch (StaleVersionException e) {
            Workflow current = useCases.workflows().get(organization, stored.id());
            form.version = OptionalLong.of(current.version());
            return page(409, editor(viewer, current, form, FieldErrors.none()).warning(
                    "Someone else saved this workflow while you were editing it, so nothing was saved. Your changes "
                            + "are below: Save again to replace theirs, or open the workflow again to see them."));
        } catch (DomainException e) {
            return refused(viewer, stored, e);
        }
        if (!publish) {
            return seeOther(saved.id(), "saved");
        }
        try {
            useCases.publishWorkflow().publish(organization, saved.id());
        } catch (FieldErrorsException e) {
            Workflow current = useCases.workflows().get(organization, saved.id());
            return page(422, editor(viewer, current, EditorForm.of(current), errorsOf(e))
                    .warning("The draft is saved but not published."));
        } catch (DomainException e) {
            return refused(viewer, saved, e);
        }
        return seeOther(saved.id(), "published");
    }

    private static FieldErrors errorsOf(FieldErrorsException e) {
        Map<String, String> byPath = new LinkedHashMap<>();
        e.errors().forEach(error -> byPath.merge(error.field(), error.message(), (a, b) -> a + "; " + b));
        return new FieldErrors(byPath);
    }

    /** One bad value, such as too many steps. */
    private static FieldErrors errorOf(InvalidValueException e) {
        return new FieldErrors(Map.of(e.field(), e.getMessage()));
    }

    /** Only a workflow never published; the list then says which one went. */
    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@Context SecurityContext security, @PathParam("id") String id) {
        Viewer viewer = Viewer.of(security);
        Workflow workflow = workflow(viewer, id);
        try {
            useCases.retireWorkflow().delete(viewer.organizationId(), workflow.id());
        } catch (DomainException e) {
            return refused(viewer, workflow, e);
        }
        return Response.seeOther(UriBuilder.fromPath("/workflows").queryParam("deleted", "{name}")
                .build(workflow.name())).build();
    }

    @POST
    @Path("{id}/archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response archive(@Context SecurityContext security, @PathParam("id") String id) {
        Viewer viewer = Viewer.of(security);
        Workflow archived = useCases.retireWorkflow().archive(viewer.organizationId(), workflow(viewer, id).id());
        return seeOther(archived.id(), "archived");
    }

    /**
     * A change the workflow's state no longer allows, because someone published, archived or changed it
     * meanwhile: the page as it is now, saying why nothing happened.
     */
    private Response refused(Viewer viewer, Workflow workflow, DomainException e) {
        String why = switch (e.code()) {
            case "workflow_archived" -> "This workflow is archived: its draft can no longer change.";
            case "workflow_was_published" -> "This workflow was published, so it can't be deleted: archive it.";
            case "precondition_failed" -> "Someone else changed this workflow meanwhile; look again and retry.";
            default -> throw e;
        };
        Workflow current = useCases.workflows().get(viewer.organizationId(), workflow.id());
        return page(409, editor(viewer, current, EditorForm.of(current), FieldErrors.none()).warning(
                "Nothing was changed. " + why));
    }

    @GET
    @Path("{id}/versions/{n}")
    public WorkflowVersionPage version(@Context SecurityContext security, @PathParam("id") String id,
                                       @PathParam("n") String number) {
        Viewer viewer = Viewer.of(security);
        if (!number.matches("[1-9][0-9]{0,8}")) {
            throw new NotFoundException("workflow version", number);
        }
        WorkflowId workflowId = workflowId(id);
        Workflow workflow = useCases.workflows().get(viewer.organizationId(), workflowId);
        WorkflowVersion version = useCases.workflows().version(viewer.organizationId(), workflowId,
                Integer.parseInt(number));
        return new WorkflowVersionPage(viewer, workflow, version, assignees(viewer));
    }

    /** A manual run of the published version; then the run log, where the run shows. */
    @POST
    @Path("{id}/runs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response run(@Context SecurityContext security, @PathParam("id") String id,
                        MultivaluedMap<String, String> posted) {
        Viewer viewer = Viewer.of(security);
        Workflow workflow = workflow(viewer, id);
        String caseId = posted.getFirst("case_id") == null ? "" : posted.getFirst("case_id").strip();
        String refusal;
        if (caseId.isEmpty()) {
            refusal = "Case ID is required";
        } else {
            try {
                WorkflowRun run = useCases.startWorkflowRun().start(viewer.organizationId(), workflow.id(), caseId);
                return Response.seeOther(UriBuilder.fromPath("/workflows/{id}/runs").queryParam("started", "{run}")
                        .build(workflow.id().value(), run.id().value())).build();
            } catch (FieldErrorsException e) {
                refusal = "No case " + caseId + " in this organization";
            } catch (ConflictException e) {
                refusal = "Publish the workflow before running it";
            }
        }
        return page(422, editor(viewer, workflow, EditorForm.of(workflow), FieldErrors.none())
                .runError(caseId, refusal));
    }

    @GET
    @Path("{id}/runs")
    public RunLogPage runs(@Context SecurityContext security, @PathParam("id") String id,
                           @QueryParam("status") String status, @QueryParam("cursor") String cursor,
                           @QueryParam("started") String started) {
        Viewer viewer = Viewer.of(security);
        Workflow workflow = workflow(viewer, id);
        Optional<WorkflowRun.Status> wanted = RunLogPage.status(status);
        RunFilter filter = new RunFilter(Optional.of(workflow.id()), Optional.empty(), wanted);
        Page<WorkflowRun> page = useCases.workflows().runs(viewer.organizationId(), filter,
                PageRequest.of(null, cursor));
        return new RunLogPage(viewer, workflow, page, wanted, cursor, started, assignees(viewer));
    }

    private WorkflowEditorPage editor(Viewer viewer, Workflow workflow, EditorForm form, FieldErrors errors) {
        List<WorkflowVersion> versions = workflow == null || workflow.publishedVersion() == null ? List.of()
                : useCases.workflows().versions(viewer.organizationId(), workflow.id(),
                PageRequest.first(VERSIONS_SHOWN)).items();
        return new WorkflowEditorPage(viewer, workflow, form, errors, assignees(viewer), versions);
    }

    private Assignees assignees(Viewer viewer) {
        return Assignees.of(viewer.organizationId(), useCases.staffMembers()::list, useCases.teams()::list);
    }

    /** The viewer's organization's workflow; an id of another organization's is the 404 page. */
    private Workflow workflow(Viewer viewer, String id) {
        return useCases.workflows().get(viewer.organizationId(), workflowId(id));
    }

    /** An id of another shape names no workflow here: the 404 page, as for an unknown one. */
    private static WorkflowId workflowId(String raw) {
        if (!PrefixedId.matches(raw, WorkflowId.PREFIX)) {
            throw new NotFoundException("workflow", raw);
        }
        return new WorkflowId(raw);
    }

    private static Response seeOther(WorkflowId id, String notice) {
        return Response.seeOther(UriBuilder.fromPath("/workflows/{id}").queryParam("notice", notice)
                .build(id.value())).build();
    }

    private static Response page(int status, PageView page) {
        return Response.status(status).type(PageView.HTML).entity(page).build();
    }
}
