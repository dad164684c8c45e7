package io.casework.application.contract;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.out.NotificationOutbox.PendingNotification;
import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.testing.CaseBuilder;
import io.casework.application.testing.SequentialIds;
import io.casework.application.testing.TestClock;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.cases.CaseId;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What the port contracts share. Every test works in organizations of its own, so tests that share one database
 * cannot see each other's data; the clock moves a microsecond per reading, the precision PostgreSQL keeps.
 */
public abstract class PortContract {
    protected final SequentialIds ids = new SequentialIds();
    protected final TestClock clock = TestClock.startingAt("2026-11-26T10:15:30Z");

    /** Organizations must exist before anything that belongs to one is stored (foreign keys). */
    protected abstract OrganizationRepository organizations();

    protected OrganizationId storedOrganization() {
        OrganizationId id = new OrganizationId(ids.next(OrganizationId.PREFIX));
        organizations().add(Organization.create(id, "Acme", Plan.GROWTH, clock.instant()));
        return id;
    }

    /** A new member, not stored, with an email of their own. */
    protected StaffMember aMember(OrganizationId organizationId) {
        StaffMemberId id = new StaffMemberId(ids.next(StaffMemberId.PREFIX));
        return StaffMember.hire(id, organizationId, new Email(id.value() + "@example.com"), "Ada Lovelace",
                clock.instant());
    }

    protected CaseBuilder aCase(OrganizationId organizationId) {
        return new CaseBuilder(new CaseId(ids.next(CaseId.PREFIX)), organizationId, clock);
    }

    /** A new notification, not stored, telling the member about the case. */
    protected PendingNotification aNotification(StaffMember member, CaseId caseId, Instant createdAt) {
        String id = ids.next("ntf_");
        Notifier.Email email = new Notifier.Email(id + "@casework", Notifier.Kind.ASSIGNED,
                new Notifier.Recipient(member.email().value(), "Zoë O'Brien"),
                new Notifier.CaseSummary(caseId.value(), new CaseType("account_takeover"), Priority.HIGH, null,
                        "user-123"),
                new Notifier.ChangedBy.Workflow("Route ATO", 3), "https://backoffice.example.com/cases/" + caseId.value(),
                "Fraud \"Tier 2\"");
        return new PendingNotification(id, member.organizationId(), caseId, member.id(), email, 0, createdAt);
    }

    /** Items listed in the order they were created, as a newest-first list shows them. */
    protected static <T> List<T> newestFirst(List<T> inCreationOrder) {
        List<T> reversed = new ArrayList<>(inCreationOrder);
        Collections.reverse(reversed);
        return reversed;
    }

    /** Reads a list page by page, each page starting after the last item of the one before, up to a short page. */
    protected static <T> List<List<T>> pages(int limit, BiFunction<Integer, Optional<Position>, List<T>> list,
                                             Function<T, Position> position) {
        List<List<T>> pages = new ArrayList<>();
        Optional<Position> after = Optional.empty();
        while (true) {
            List<T> page = list.apply(limit, after);
            pages.add(page);
            if (page.size() < limit) {
                return pages;
            }
            after = Optional.of(position.apply(page.get(page.size() - 1)));
        }
    }
}
