package io.casework.adapters.web.staff;

import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Viewer;
import io.casework.adapters.web.session.AdminOnly;
import io.casework.application.port.Page;
import io.casework.application.port.PageRequest;
import io.casework.application.port.in.ConflictException;
import io.casework.application.port.in.CreateStaffMemberCommand;
import io.casework.application.port.in.CreateStaffMemberUseCase;
import io.casework.application.port.in.StaffMemberQueries;
import io.casework.application.port.in.StaleVersionException;
import io.casework.application.port.in.UpdateStaffMemberCommand;
import io.casework.application.port.in.UpdateStaffMemberUseCase;
import io.casework.domain.assignee.Availability;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.Role;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.StaffStatus;
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
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The admins' page of staff members: a list with paging and an add form, and each member's page to change email,
 * name, role, availability and capacity or to deactivate them. Every change passes the version the form was shown at,
 * so a change made meanwhile by someone else is reported, not overwritten. Refused input comes back in the form
 * with the message next to its field (422, or 409 for an address already taken).
 */
@Path("/staff")
@AdminOnly
@Produces(PageView.HTML)
public final class StaffResource {
    private static final int PAGE_SIZE = 25;

    private final CreateStaffMemberUseCase create;
    private final UpdateStaffMemberUseCase update;
    private final StaffMemberQueries queries;

    public StaffResource(CreateStaffMemberUseCase create, UpdateStaffMemberUseCase update, StaffMemberQueries queries) {
        this.create = create;
        this.update = update;
        this.queries = queries;
    }

    @GET
    public Response list(@Context SecurityContext security, @QueryParam("cursor") String cursor,
                         @QueryParam("added") String added) {
        Viewer viewer = Viewer.of(security);
        String addedName = added == null ? null : addedName(viewer, added);
        return listPage(viewer, cursor, addedName, "", "", "reviewer", new FieldErrors(), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@Context SecurityContext security, @FormParam("email") String rawEmail,
                        @FormParam("name") String rawName, @FormParam("role") String rawRole) {
        Viewer viewer = Viewer.of(security);
        String email = Forms.trimmed(rawEmail);
        String name = Forms.trimmed(rawName);
        FieldErrors errors = new FieldErrors();
        Email address = email(email, errors);
        Forms.checkName(name, errors, "Enter a name.");
        Role role = role(rawRole, errors);
        if (errors.any()) {
            return listPage(viewer, null, null, email, name, rawRole, errors, 422);
        }
        try {
            StaffMember member = create.create(
                    new CreateStaffMemberCommand(viewer.organizationId(), address, name, role));
            return Response.seeOther(UriBuilder.fromPath("/staff").queryParam("added", member.id().value()).build())
                    .build();
        } catch (ConflictException taken) {
            errors.add("email", "A staff member with this email address already exists.");
            return listPage(viewer, null, null, email, name, rawRole, errors, 409);
        } catch (InvalidValueException invalid) {
            errors.add(invalid.field(), sentence(invalid.getMessage()));
            return listPage(viewer, null, null, email, name, rawRole, errors, 422);
        }
    }

    @GET
    @Path("{id}")
    public Response show(@Context SecurityContext security, @PathParam("id") String id,
                         @QueryParam("done") String done) {
        Viewer viewer = Viewer.of(security);
        StaffMember member = queries.get(viewer.organizationId(), new StaffMemberId(id));
        StaffMemberPage.Notice notice = switch (done == null ? "" : done) {
            case "saved" -> StaffMemberPage.Notice.SAVED;
            case "deactivated" -> StaffMemberPage.Notice.DEACTIVATED;
            case "reactivated" -> StaffMemberPage.Notice.REACTIVATED;
            default -> StaffMemberPage.Notice.NONE;
        };
        return memberPage(viewer, member, notice, null, 200);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@Context SecurityContext security, @PathParam("id") String id,
                         @FormParam("version") String rawVersion, @FormParam("email") String rawEmail,
                         @FormParam("name") String rawName, @FormParam("role") String rawRole,
                         @FormParam("availability") String rawAvailability,
                         @FormParam("max_active_cases") String rawCapacity) {
        Viewer viewer = Viewer.of(security);
        StaffMemberId memberId = new StaffMemberId(id);
        StaffMember current = queries.get(viewer.organizationId(), memberId);
        long version = Forms.version(rawVersion);
        // a form shown before the page had the email field keeps the address
        String email = rawEmail == null ? current.email().value() : Forms.trimmed(rawEmail);
        String name = Forms.trimmed(rawName);
        String capacityText = Forms.trimmed(rawCapacity);
        FieldErrors errors = new FieldErrors();
        Email address = email(email, errors);
        Forms.checkName(name, errors, "Enter a name.");
        Role role = role(rawRole, errors);
        Availability availability = availability(rawAvailability, errors);
        Optional<Integer> capacity = capacity(capacityText, errors);
        if (role == Role.REVIEWER && isSelf(viewer, memberId) && current.role() == Role.ADMIN) {
            errors.add("role", "You can't remove your own admin role. Ask another admin to do it.");
        }
        if (errors.any()) {
            return Response.status(422).entity(new StaffMemberPage(viewer, StaffRow.of(current), version, email, name,
                    rawRole, rawAvailability, capacityText, errors, StaffMemberPage.Notice.NONE, null, 422)).build();
        }
        int refused;
        try {
            update.update(new UpdateStaffMemberCommand(viewer.organizationId(), memberId, OptionalLong.of(version),
                    Optional.of(name), Optional.of(role), Optional.of(availability), Optional.empty(),
                    Optional.of(capacity), Optional.of(address)));
            return done(memberId, "saved");
        } catch (StaleVersionException stale) {
            return memberPage(viewer, queries.get(viewer.organizationId(), memberId), StaffMemberPage.Notice.STALE,
                    null, 409);
        } catch (ConflictException taken) {
            errors.add("email", "A staff member with this email address already exists.");
            refused = 409;
        } catch (InvalidValueException invalid) {
            errors.add(invalid.field(), sentence(invalid.getMessage()));
            refused = 422;
        }
        return Response.status(refused).entity(new StaffMemberPage(viewer, StaffRow.of(current), version, email, name,
                rawRole, rawAvailability, capacityText, errors, StaffMemberPage.Notice.NONE, null, refused)).build();
    }

    /** Deactivated: cannot sign in (a session of theirs ends at its next request) and is not assigned cases. */
    @POST
    @Path("{id}/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deactivate(@Context SecurityContext security, @PathParam("id") String id,
                               @FormParam("version") String rawVersion) {
        Viewer viewer = Viewer.of(security);
        StaffMemberId memberId = new StaffMemberId(id);
        if (isSelf(viewer, memberId)) {
            return memberPage(viewer, queries.get(viewer.organizationId(), memberId), StaffMemberPage.Notice.NONE,
                    "You can't deactivate your own account. Ask another admin to do it.", 422);
        }
        return changeStatus(viewer, memberId, Forms.version(rawVersion), StaffStatus.DEACTIVATED, "deactivated");
    }

    @POST
    @Path("{id}/reactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reactivate(@Context SecurityContext security, @PathParam("id") String id,
                               @FormParam("version") String rawVersion) {
        Viewer viewer = Viewer.of(security);
        return changeStatus(viewer, new StaffMemberId(id), Forms.version(rawVersion), StaffStatus.ACTIVE,
                "reactivated");
    }

    private Response changeStatus(Viewer viewer, StaffMemberId memberId, long version, StaffStatus status,
                                  String done) {
        try {
            update.update(new UpdateStaffMemberCommand(viewer.organizationId(), memberId, OptionalLong.of(version),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(status), Optional.empty()));
            return done(memberId, done);
        } catch (StaleVersionException stale) {
            return memberPage(viewer, queries.get(viewer.organizationId(), memberId), StaffMemberPage.Notice.STALE,
                    null, 409);
        }
    }

    private Response listPage(Viewer viewer, String cursor, String addedName, String email, String name, String role,
                              FieldErrors errors, int status) {
        Page<StaffMember> page = queries.list(viewer.organizationId(), PageRequest.of(PAGE_SIZE, cursor));
        StaffListPage view = new StaffListPage(viewer, page.items().stream().map(StaffRow::of).toList(),
                Pager.of(cursor, page.nextCursor()), addedName, email, name, role,
                errors, status);
        return Response.status(status).entity(view).build();
    }

    /** The page as saved now: the form shows the stored values. */
    private static Response memberPage(Viewer viewer, StaffMember member, StaffMemberPage.Notice notice,
                                       String refusal, int status) {
        return Response.status(status).entity(new StaffMemberPage(viewer, StaffRow.of(member), member.version(),
                member.email().value(), member.name(), wire(member.role()), wire(member.availability()),
                member.maxActiveCases() == null ? "" : String.valueOf(member.maxActiveCases()), new FieldErrors(),
                notice, refusal, status)).build();
    }

    private String addedName(Viewer viewer, String added) {
        try {
            return queries.get(viewer.organizationId(), new StaffMemberId(added)).name();
        } catch (RuntimeException gone) {
            return null; // a stale or edited link: no notice, the list is still right
        }
    }

    private static Response done(StaffMemberId id, String what) {
        return Response.seeOther(UriBuilder.fromPath("/staff/{id}").queryParam("done", what).build(id.value())).build();
    }

    private static boolean isSelf(Viewer viewer, StaffMemberId id) {
        return viewer.staffMemberId().equals(id);
    }

    private static Email email(String email, FieldErrors errors) {
        if (email.isEmpty()) {
            errors.add("email", "Enter an email address.");
            return null;
        }
        try {
            return new Email(email);
        } catch (InvalidValueException e) {
            errors.add("email", "Enter an email address like name@example.com.");
            return null;
        }
    }


    private static Role role(String raw, FieldErrors errors) {
        if ("admin".equals(raw)) {
            return Role.ADMIN;
        }
        if ("reviewer".equals(raw)) {
            return Role.REVIEWER;
        }
        errors.add("role", "Choose Admin or Reviewer.");
        return null;
    }

    private static Availability availability(String raw, FieldErrors errors) {
        if ("available".equals(raw)) {
            return Availability.AVAILABLE;
        }
        if ("away".equals(raw)) {
            return Availability.AWAY;
        }
        errors.add("availability", "Choose Available or Away.");
        return null;
    }

    /** Empty: no limit. Otherwise a whole number of at least 1. */
    private static Optional<Integer> capacity(String raw, FieldErrors errors) {
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            int max = Integer.parseInt(raw);
            if (max >= 1) {
                return Optional.of(max);
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        errors.add("max_active_cases", "Enter a whole number of at least 1, or leave it empty for no limit.");
        return Optional.empty();
    }



    private static String sentence(String message) {
        return message.isEmpty() ? message
                : message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1) + ".";
    }

    private static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
