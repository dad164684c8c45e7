package io.casework.adapters.web.cases;

import io.casework.adapters.web.cases.CaseListQuery.CaseList;
import io.casework.adapters.web.cases.CasePage.AssignForm;
import io.casework.adapters.web.cases.CasePage.Notice;
import io.casework.adapters.web.cases.CasePage.ResolveForm;
import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Viewer;
import io.casework.adapters.web.session.AdminOnly;
import io.casework.application.port.Page;
import io.casework.application.port.PageRequest;
import io.casework.application.port.in.AssignCaseCommand;
import io.casework.application.port.in.AssignmentTarget;
import io.casework.application.port.in.CaseEventView;
import io.casework.application.port.in.CaseFilter;
import io.casework.application.port.in.FieldErrorsException;
import io.casework.application.port.in.NotFoundException;
import io.casework.application.port.in.RunFilter;
import io.casework.application.port.in.StaleVersionException;
import io.casework.application.port.in.UpdateCaseCommand;
import io.casework.application.port.in.UseCases;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseChange;
import io.casework.domain.cases.CaseId;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.shared.DomainException;
import io.casework.domain.shared.InvalidValueException;
import io.casework.domain.shared.PrefixedId;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowRun;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The case lists (mine, my teams' queues, all of them for admins) and the case page with its actions. Every action
 * goes through the same use case as the API, as the signed-in person ({@link Viewer#actor()}); each form carries
 * the version of the case it was shown with, and an action on a case that changed since is refused with the page
 * as the case now is (409), never applied over someone else's change.
 */
@Path("/cases")
@Produces(PageView.HTML)
public final class CasesResource {
    private static final int MAX_EVENTS = 1000;
    private static final Map<String, String> DONE = Map.of(
            "claimed", "You claimed this case: it is now yours.",
            "assigned", "The case was assigned.",
            "unassigned", "The case is no longer assigned to anyone.",
            "resolved", "The case is resolved.",
            "reopened", "The case is open again.");
    static final String CHANGED_MEANWHILE = "This case changed while you were looking at it, so nothing was done. "
            + "This is how it looks now: check it, then try again if you still want to.";

    private final UseCases useCases;

    public CasesResource(UseCases useCases) {
        this.useCases = useCases;
    }

    // the lists

    @GET
    @Path("mine")
    public Response mine(@Context SecurityContext security, @QueryParam("status") String status,
                         @QueryParam("type") String type, @QueryParam("priority") String priority,
                         @QueryParam("cursor") String cursor) {
        return list(Viewer.of(security), new CaseListQuery(CaseList.MINE, status, type, priority, null, cursor));
    }

    @GET
    @Path("queue")
    public Response queue(@Context SecurityContext security, @QueryParam("status") String status,
                          @QueryParam("type") String type, @QueryParam("priority") String priority,
                          @QueryParam("cursor") String cursor) {
        return list(Viewer.of(security), new CaseListQuery(CaseList.QUEUE, status, type, priority, null, cursor));
    }

    @GET
    @AdminOnly
    public Response all(@Context SecurityContext security, @QueryParam("status") String status,
                        @QueryParam("type") String type, @QueryParam("priority") String priority,
                        @QueryParam("assignee") String assignee, @QueryParam("cursor") String cursor) {
        return list(Viewer.of(security), new CaseListQuery(CaseList.ALL, status, type, priority, assignee, cursor));
    }

    private Response list(Viewer viewer, CaseListQuery query) {
        Names names = names(viewer);
        Set<String> myTeams = names.teamsOf(viewer.staffMemberId()).stream().map(t -> t.id().value())
                .collect(Collectors.toSet());
        if (!query.valid()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(new CaseListPage(viewer, query, List.of(), null, names, !myTeams.isEmpty())).build();
        }
        CaseFilter filter = switch (query.list()) {
            case MINE -> new CaseFilter(query.parsedStatus(), query.parsedType(),
                    Optional.of(viewer.staffMemberId().value()), query.parsedPriority(), Optional.empty(), Optional.empty(), false);
            case QUEUE -> new CaseFilter(query.parsedStatus(), query.parsedType(), Optional.empty(),
                    query.parsedPriority(), Optional.empty(), Optional.of(myTeams), query.parsedStatus().isEmpty());
            case ALL -> new CaseFilter(query.parsedStatus(), query.parsedType(), query.parsedAssignee(),
                    query.parsedPriority(), Optional.empty(), Optional.empty(), false);
        };
        Page<Case> page = useCases.cases().list(viewer.organizationId(), filter, query.page());
        List<CaseRow> rows = page.items().stream().map(c -> CaseRow.of(c, names)).toList();
        return Response.ok(new CaseListPage(viewer, query, rows, page.nextCursor().map(query::link).orElse(null),
                names, !myTeams.isEmpty())).build();
    }

    // the case page

    @GET
    @Path("{id}")
    public CasePage show(@Context SecurityContext security, @PathParam("id") String id,
                         @QueryParam("done") String done) {
        Viewer viewer = Viewer.of(security);
        Case aCase = find(viewer, id);
        Notice notice = done == null || !DONE.containsKey(done) ? null : Notice.info(DONE.get(done));
        return page(viewer, aCase, notice, AssignForm.blank(), ResolveForm.blank());
    }

    @POST
    @Path("{id}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claim(@Context SecurityContext security, @PathParam("id") String id,
                          @FormParam("version") String version) {
        Viewer viewer = Viewer.of(security);
        Case aCase = find(viewer, id);
        return act(viewer, aCase, version, "claimed", AssignForm.blank(), ResolveForm.blank(), () -> {
            if (!claimable(aCase, names(viewer), viewer)) {
                throw new DomainException("not_claimable", "Only a case waiting in the queue of one of your teams "
                        + "can be claimed.");
            }
            useCases.assignCase().assign(new AssignCaseCommand(viewer.organizationId(), viewer.actor(), aCase.id(),
                    new AssignmentTarget(AssignmentTarget.AssigneeType.INDIVIDUAL, viewer.staffMemberId().value(),
                            null)));
        });
    }

    /** A case waiting in the queue of a team the viewer belongs to, the one kind of case a person may claim. */
    static boolean claimable(Case aCase, Names names, Viewer viewer) {
        return aCase.status() != CaseStatus.RESOLVED && aCase.assignee()
                .filter(a -> a.kind() == Assignee.Kind.TEAM)
                .map(a -> names.teamsOf(viewer.staffMemberId()).stream().anyMatch(t -> t.id().value().equals(a.id())))
                .orElse(false);
    }

    @POST
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@Context SecurityContext security, @PathParam("id") String id,
                           @FormParam("version") String version, @FormParam("assignee_type") String assigneeType,
                           @FormParam("assignee_id") String assigneeId,
                           @FormParam("team_strategy") String teamStrategy) {
        Viewer viewer = Viewer.of(security);
        Case aCase = find(viewer, id);
        AssignForm sent = new AssignForm(clean(assigneeType), clean(assigneeId), clean(teamStrategy), Map.of());
        Map<String, String> errors = new LinkedHashMap<>();
        AssignmentTarget target = target(sent, errors);
        if (target == null) {
            return Response.status(422).entity(page(viewer, aCase,
                    Notice.error("The case was not assigned: check the Assign form."),
                    new AssignForm(sent.assigneeType(), sent.assigneeId(), sent.teamStrategy(), errors),
                    ResolveForm.blank())).build();
        }
        return act(viewer, aCase, version, "assigned", sent, ResolveForm.blank(), () -> useCases.assignCase()
                .assign(new AssignCaseCommand(viewer.organizationId(), viewer.actor(), aCase.id(), target)));
    }

    /** The target the Assign form names, or null with {@code errors} saying what is missing or wrong. */
    static AssignmentTarget target(AssignForm form, Map<String, String> errors) {
        boolean team = "team".equals(form.assigneeType());
        if (!team && !"individual".equals(form.assigneeType())) {
            errors.put("assignee_type", "Choose Individual or Team.");
            return null;
        }
        String id = form.assigneeId();
        if (id.isEmpty()) {
            errors.put("assignee_id", team ? "Choose a team." : "Choose a staff member.");
        } else if (team && !PrefixedId.matches(id, TeamId.PREFIX)) {
            errors.put("assignee_id", "For the assignee type Team, choose one of the teams.");
        } else if (!team && !PrefixedId.matches(id, StaffMemberId.PREFIX)) {
            errors.put("assignee_id", "For the assignee type Individual, choose a staff member, not a team.");
        }
        AssignmentTarget.TeamStrategy strategy = null;
        if (team) {
            strategy = switch (form.teamStrategy()) {
                case "", "team_queue" -> AssignmentTarget.TeamStrategy.TEAM_QUEUE;
                case "round_robin" -> AssignmentTarget.TeamStrategy.ROUND_ROBIN;
                case "least_loaded" -> AssignmentTarget.TeamStrategy.LEAST_LOADED;
                default -> {
                    errors.put("team_strategy", "Choose Team queue, Round robin or Least loaded.");
                    yield null;
                }
            };
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new AssignmentTarget(team ? AssignmentTarget.AssigneeType.TEAM : AssignmentTarget.AssigneeType.INDIVIDUAL,
                id, strategy);
    }

    @POST
    @Path("{id}/unassign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unassign(@Context SecurityContext security, @PathParam("id") String id,
                             @FormParam("version") String version) {
        Viewer viewer = Viewer.of(security);
        Case aCase = find(viewer, id);
        return act(viewer, aCase, version, "unassigned", AssignForm.blank(), ResolveForm.blank(),
                () -> useCases.unassignCase().unassign(viewer.organizationId(), viewer.actor(), aCase.id()));
    }

    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(@Context SecurityContext security, @PathParam("id") String id,
                            @FormParam("version") String version, @FormParam("resolution") String resolution) {
        Viewer viewer = Viewer.of(security);
        Case aCase = find(viewer, id);
        String sent = clean(resolution);
        if (sent.isEmpty() || sent.length() > Case.MAX_RESOLUTION_LENGTH) {
            ResolveForm form = new ResolveForm(sent, sent.isEmpty() ? "Say how the case was resolved, such as approved."
                    : "Keep it to " + Case.MAX_RESOLUTION_LENGTH + " characters.");
            return Response.status(422).entity(page(viewer, aCase,
                    Notice.error("The case was not resolved: check the resolution."), AssignForm.blank(), form))
                    .build();
        }
        return act(viewer, aCase, version, "resolved", AssignForm.blank(), new ResolveForm(sent, null),
                () -> update(viewer, aCase, version, CaseStatus.RESOLVED, Optional.of(sent)));
    }

    @POST
    @Path("{id}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopen(@Context SecurityContext security, @PathParam("id") String id,
                           @FormParam("version") String version) {
        Viewer viewer = Viewer.of(security);
        Case aCase = find(viewer, id);
        return act(viewer, aCase, version, "reopened", AssignForm.blank(), ResolveForm.blank(),
                () -> update(viewer, aCase, version, CaseStatus.OPEN, Optional.empty()));
    }

    private void update(Viewer viewer, Case aCase, String version, CaseStatus status, Optional<String> resolution) {
        useCases.updateCase().update(new UpdateCaseCommand(viewer.organizationId(), viewer.actor(), aCase.id(),
                OptionalLong.of(Long.parseLong(version)), new CaseChange(Optional.of(status), Optional.of(resolution),
                        Optional.empty(), Optional.empty(), Optional.empty())));
    }

    /**
     * Runs an action on a case shown at {@code version}: first compares it with the case as stored (the assign
     * use cases take no version; the update use case checks it again in its transaction), then sends the person
     * back to the case page (303) with what was done, or shows the page with why not.
     */
    private Response act(Viewer viewer, Case aCase, String version, String done, AssignForm assignForm,
                         ResolveForm resolveForm, Runnable action) {
        if (version == null || !version.strip().matches("\\d{1,18}")) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(viewer, aCase,
                    Notice.error("This form is incomplete, so nothing was done. Reload the page and try again."),
                    AssignForm.blank(), ResolveForm.blank())).build();
        }
        if (Long.parseLong(version.strip()) != aCase.version()) {
            return changedMeanwhile(viewer, aCase);
        }
        try {
            action.run();
        } catch (StaleVersionException e) {
            return changedMeanwhile(viewer, find(viewer, aCase.id().value()));
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            Case now = find(viewer, aCase.id().value());
            return Response.status(status(e)).entity(page(viewer, now, Notice.error(refusal(e)),
                    e instanceof FieldErrorsException ? assignForm : AssignForm.blank(), resolveForm)).build();
        }
        return Response.seeOther(UriBuilder.fromPath("/cases/{id}").queryParam("done", done)
                .build(aCase.id().value())).build();
    }

    private Response changedMeanwhile(Viewer viewer, Case now) {
        return Response.status(Response.Status.CONFLICT)
                .entity(page(viewer, now, Notice.warning(CHANGED_MEANWHILE), AssignForm.blank(), ResolveForm.blank()))
                .build();
    }

    private static int status(DomainException e) {
        return e instanceof InvalidValueException || e instanceof FieldErrorsException ? 422 : 409;
    }

    /** A refusal in words; the codes are the API's, so a person and a client hear the same reason. */
    static String refusal(DomainException e) {
        return switch (e.code()) {
            case "no_eligible_assignee" -> "Nobody in that team can take the case now: every member is away, at "
                    + "capacity or deactivated (" + e.getMessage() + ").";
            case "assignee_unavailable" -> "That staff member can't take the case now (" + e.getMessage() + ").";
            case "assignee_not_found" -> "That assignee is not in your organization (any more).";
            case "conflict", "case_closed" -> "The case is resolved, so it can't be assigned. Reopen it first.";
            case "not_claimable" -> e.getMessage();
            default -> "That was refused: " + e.getMessage();
        };
    }

    private static String clean(String raw) {
        return raw == null ? "" : raw.strip();
    }

    /** The case, in the viewer's organization; a malformed or unknown id, or another organization's, is not found. */
    private Case find(Viewer viewer, String id) {
        if (!PrefixedId.matches(id, CaseId.PREFIX)) {
            throw new NotFoundException("case", id);
        }
        return useCases.cases().get(viewer.organizationId(), new CaseId(id));
    }

    private CasePage page(Viewer viewer, Case aCase, Notice notice, AssignForm assignForm, ResolveForm resolveForm) {
        Names names = names(viewer);
        List<CaseEventView> events = Names.all(request -> useCases.cases().events(viewer.organizationId(), aCase.id(),
                request), MAX_EVENTS);
        List<WorkflowRun> runs = useCases.workflows().runs(viewer.organizationId(),
                new RunFilter(Optional.empty(), Optional.of(aCase.id()), Optional.empty()),
                PageRequest.first(PageRequest.MAX_LIMIT)).items();
        Map<String, String> workflowNames = new HashMap<>();
        Map<String, CaseStory.RunName> runNames = CaseStory.runNames(runs, run -> workflowNames.computeIfAbsent(
                run.workflowId().value(), wf -> workflowName(viewer, run.workflowId())));
        return new CasePage(viewer, aCase, names, events, runs, runNames, notice, assignForm, resolveForm);
    }

    private String workflowName(Viewer viewer, WorkflowId id) {
        try {
            Workflow workflow = useCases.workflows().get(viewer.organizationId(), id);
            return workflow.name();
        } catch (NotFoundException e) {
            return id.value();
        }
    }

    private Names names(Viewer viewer) {
        return Names.of(viewer.organizationId(), useCases.staffMembers()::list, useCases.teams()::list);
    }
}
