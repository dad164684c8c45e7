package io.casework.adapters.web.staff;

import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Viewer;
import io.casework.adapters.web.session.AdminOnly;
import io.casework.application.port.Page;
import io.casework.application.port.PageRequest;
import io.casework.application.port.in.CreateTeamCommand;
import io.casework.application.port.in.CreateTeamUseCase;
import io.casework.application.port.in.FieldErrorsException;
import io.casework.application.port.in.StaffMemberQueries;
import io.casework.application.port.in.StaleVersionException;
import io.casework.application.port.in.TeamQueries;
import io.casework.application.port.in.UpdateTeamCommand;
import io.casework.application.port.in.UpdateTeamUseCase;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.Team;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.shared.InvalidValueException;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The admins' page of teams: the list with each team's members, a form to create one with members chosen by
 * checkbox, and each team's page to rename it and change its members. A team's member order is its round-robin
 * rotation: members kept stay where they were and new ones join at the end, as {@code PUT …/members/{id}} does.
 */
@Path("/teams")
@AdminOnly
@Produces(PageView.HTML)
public final class TeamResource {
    private static final int PAGE_SIZE = 25;

    private final CreateTeamUseCase create;
    private final UpdateTeamUseCase update;
    private final TeamQueries teams;
    private final StaffMemberQueries staff;

    public TeamResource(CreateTeamUseCase create, UpdateTeamUseCase update, TeamQueries teams,
                        StaffMemberQueries staff) {
        this.create = create;
        this.update = update;
        this.teams = teams;
        this.staff = staff;
    }

    @GET
    public Response list(@Context SecurityContext security, @QueryParam("cursor") String cursor,
                         @QueryParam("created") String created) {
        Viewer viewer = Viewer.of(security);
        String createdName = created == null ? null : createdName(viewer, created);
        return listPage(viewer, cursor, createdName, "", List.of(), new FieldErrors(), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@Context SecurityContext security, @FormParam("name") String rawName,
                        @FormParam("member") List<String> memberIds) {
        Viewer viewer = Viewer.of(security);
        String name = Forms.trimmed(rawName);
        List<String> chosen = distinct(memberIds);
        FieldErrors errors = new FieldErrors();
        Forms.checkName(name, errors, "Enter a name for the team.");
        if (errors.any()) {
            return listPage(viewer, null, null, name, chosen, errors, 422);
        }
        try {
            Team team = create.create(new CreateTeamCommand(viewer.organizationId(), name, chosen));
            return Response.seeOther(UriBuilder.fromPath("/teams").queryParam("created", team.id().value()).build())
                    .build();
        } catch (FieldErrorsException | InvalidValueException invalid) {
            errors.add(fieldOf(invalid), messageOf(invalid));
            return listPage(viewer, null, null, name, chosen, errors, 422);
        }
    }

    @GET
    @Path("{id}")
    public Response show(@Context SecurityContext security, @PathParam("id") String id,
                         @QueryParam("done") String done) {
        Viewer viewer = Viewer.of(security);
        Team team = teams.get(viewer.organizationId(), new TeamId(id));
        return teamPage(viewer, team, "saved".equals(done), false, 200);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@Context SecurityContext security, @PathParam("id") String id,
                         @FormParam("version") String rawVersion, @FormParam("name") String rawName,
                         @FormParam("member") List<String> memberIds) {
        Viewer viewer = Viewer.of(security);
        TeamId teamId = new TeamId(id);
        Team current = teams.get(viewer.organizationId(), teamId);
        long version = Forms.version(rawVersion);
        String name = Forms.trimmed(rawName);
        List<String> chosen = distinct(memberIds);
        FieldErrors errors = new FieldErrors();
        Forms.checkName(name, errors, "Enter a name for the team.");
        if (!errors.any()) {
            try {
                update.update(new UpdateTeamCommand(viewer.organizationId(), teamId, OptionalLong.of(version),
                        Optional.of(name), Optional.of(inRotationOrder(current, chosen))));
                return Response.seeOther(UriBuilder.fromPath("/teams/{id}").queryParam("done", "saved")
                        .build(teamId.value())).build();
            } catch (StaleVersionException stale) {
                return teamPage(viewer, teams.get(viewer.organizationId(), teamId), false, true, 409);
            } catch (FieldErrorsException | InvalidValueException invalid) {
                errors.add(fieldOf(invalid), messageOf(invalid));
            }
        }
        Roster roster = Roster.of(staff, viewer.organizationId());
        return Response.status(422).entity(new TeamPage(viewer, TeamRow.of(current, roster), version, name,
                choices(roster, current.memberIds().stream().map(m -> m.value()).toList(), chosen), errors, false,
                false)).build();
    }

    /** The current members still chosen, in their rotation order, then the newly chosen ones. */
    private static List<String> inRotationOrder(Team current, List<String> chosen) {
        Set<String> ordered = new LinkedHashSet<>();
        current.memberIds().stream().map(m -> m.value()).filter(chosen::contains).forEach(ordered::add);
        ordered.addAll(chosen);
        return new ArrayList<>(ordered);
    }

    private Response listPage(Viewer viewer, String cursor, String createdName, String name, List<String> chosen,
                              FieldErrors errors, int status) {
        Page<Team> page = teams.list(viewer.organizationId(), PageRequest.of(PAGE_SIZE, cursor));
        Roster roster = Roster.of(staff, viewer.organizationId());
        TeamListPage view = new TeamListPage(viewer, page.items().stream().map(t -> TeamRow.of(t, roster)).toList(),
                Pager.of(cursor, page.nextCursor()), createdName, name,
                choices(roster, List.of(), chosen), errors);
        return Response.status(status).entity(view).build();
    }

    private Response teamPage(Viewer viewer, Team team, boolean saved, boolean stale, int status) {
        Roster roster = Roster.of(staff, viewer.organizationId());
        List<String> members = team.memberIds().stream().map(m -> m.value()).toList();
        return Response.status(status).entity(new TeamPage(viewer, TeamRow.of(team, roster), team.version(),
                team.name(), choices(roster, members, members), new FieldErrors(), saved, stale)).build();
    }

    /** A checkbox for each active staff member and each current member (a deactivated one says so), by name. */
    private static List<Choice> choices(Roster roster, List<String> currentMembers, List<String> chosen) {
        List<Choice> choices = new ArrayList<>();
        for (StaffMember member : roster.byName()) {
            String id = member.id().value();
            if (member.isActive() || currentMembers.contains(id)) {
                String label = member.isActive() ? member.name() : member.name() + " (deactivated)";
                choices.add(new Choice(id, label, chosen.contains(id)));
            }
        }
        return choices;
    }

    private String createdName(Viewer viewer, String created) {
        try {
            return teams.get(viewer.organizationId(), new TeamId(created)).name();
        } catch (RuntimeException gone) {
            return null; // a stale or edited link: no notice, the list is still right
        }
    }


    /** Member errors name {@code member_ids[i]}; the form has one group of checkboxes for them. */
    private static String fieldOf(RuntimeException invalid) {
        if (invalid instanceof InvalidValueException value) {
            return value.field().startsWith("member") ? "members" : value.field();
        }
        return "members";
    }

    private static String messageOf(RuntimeException invalid) {
        if (invalid instanceof InvalidValueException value && !value.field().startsWith("member")) {
            return "Use 1 to " + Forms.MAX_NAME + " characters.";
        }
        if (invalid instanceof InvalidValueException value) {
            return value.getMessage().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                    + value.getMessage().substring(1) + ".";
        }
        return "Choose members from the staff listed here; one of them is no longer in your organization.";
    }


    private static List<String> distinct(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }

}
