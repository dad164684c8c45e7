package io.casework.adapters.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Viewer;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.OutOfOffice;
import io.casework.domain.assignee.OutOfOfficeWindow;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.organization.OrganizationId;
import io.dropwizard.views.mustache.MustacheViewRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The staff and team pages' templates: labels, errors next to their fields, paging links, escaping. */
class StaffPagesRenderingTest {
    private static final Viewer ADMIN = new Viewer(new OrganizationId("org_1"), new StaffMemberId("stf_admin"),
            "Ada Admin", true, "tok-1");
    private final MustacheViewRenderer renderer = new MustacheViewRenderer();

    @Test
    void theListLinksEachMemberAndThePagesAndEscapesNames() {
        StaffMember member = StaffMember.hire(new StaffMemberId("stf_1"), ADMIN.organizationId(),
                new Email("eve@example.test"), "<script>alert(1)</script>", Instant.EPOCH);

        String html = render(new StaffListPage(ADMIN, List.of(StaffRow.of(member)), new Pager("c2", false), null,
                "", "", "reviewer", new FieldErrors(), 200));

        assertThat(html).contains("<a class=\"row-title\" href=\"/staff/stf_1\">&lt;script&gt;alert(1)&lt;/script&gt;</a>",
                "<span class=\"badge badge-reviewer\">Reviewer</span>", "href=\"/staff?cursor=c2\" rel=\"next\"",
                "href=\"/staff\">First page</a>", "name=\"csrf\" value=\"tok-1\"");
        assertThat(html).doesNotContain("<script>alert(1)</script>");
        assertThat(render(new StaffListPage(ADMIN, List.of(), new Pager(null, true), null, "", "", "reviewer",
                new FieldErrors(), 200))).doesNotContain("class=\"pager\"").contains("No staff members yet");
    }

    @Test
    void eachErrorIsNextToItsFieldWithTheEnteredValueKept() {
        FieldErrors errors = new FieldErrors();
        errors.add("email", "Enter an email address like name@example.com.");

        String html = render(new StaffListPage(ADMIN, List.of(), new Pager(null, true), null, "x\"y", "Eve",
                "admin", errors, 422));

        assertThat(html).contains("<div class=\"field field-invalid\">\n        <label for=\"email\">",
                "value=\"x&quot;y\"", "aria-describedby=\"email-error\"",
                "<p class=\"field-error\" id=\"email-error\">Enter an email address like name@example.com.</p>",
                "<option value=\"admin\" selected>Admin</option>", "value=\"Eve\"");
        assertThat(html).doesNotContain("id=\"name-error\"");
    }

    @Test
    void aMembersPageOffersDeactivationButNotOnTheAdminsOwnAccount() {
        StaffMember eve = StaffMember.hire(new StaffMemberId("stf_1"), ADMIN.organizationId(),
                new Email("eve@example.test"), "Eve", Instant.EPOCH);
        StaffMember self = StaffMember.hire(ADMIN.staffMemberId(), ADMIN.organizationId(),
                new Email("ada@example.test"), "Ada Admin", Instant.EPOCH);

        assertThat(render(page(eve))).contains("action=\"/staff/stf_1/deactivate\"", "name=\"version\" value=\"1\"",
                "<label for=\"max_active_cases\">Max active cases</label>", "<label for=\"email\">Email</label>",
                "name=\"email\" type=\"email\" value=\"eve@example.test\"");
        assertThat(render(page(self))).doesNotContain("/deactivate").contains("This is your own account");
    }

    @Test
    void aMembersPageListsTheirOutOfOfficeTimesInUtcWithEscapedNotes() {
        StaffMember eve = StaffMember.hire(new StaffMemberId("stf_1"), ADMIN.organizationId(),
                new Email("eve@example.test"), "Eve", Instant.EPOCH);
        assertThat(render(page(eve))).contains("No out-of-office times.").doesNotContain("<ul id=\"out-of-office\">");

        eve.planOutOfOffice(OutOfOffice.of(List.of(
                new OutOfOfficeWindow(Instant.parse("2026-12-24T00:00:00Z"), Instant.parse("2027-01-02T08:30:00Z"),
                        "<b>Holidays</b>"),
                new OutOfOfficeWindow(Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-12-01T13:00:00Z"),
                        null))));

        String html = render(page(eve));
        assertThat(html).doesNotContain("No out-of-office times.", "<b>Holidays</b>").contains(
                "<li><time datetime=\"2026-12-01T09:00:00Z\">1 Dec 2026, 09:00 UTC</time> to "
                        + "<time datetime=\"2026-12-01T13:00:00Z\">1 Dec 2026, 13:00 UTC</time></li>",
                "<li><time datetime=\"2026-12-24T00:00:00Z\">24 Dec 2026, 00:00 UTC</time> to "
                        + "<time datetime=\"2027-01-02T08:30:00Z\">2 Jan 2027, 08:30 UTC</time> · "
                        + "&lt;b&gt;Holidays&lt;/b&gt;</li>");
        assertThat(html.indexOf("1 Dec 2026")).isLessThan(html.indexOf("24 Dec 2026"));
    }

    private static StaffMemberPage page(StaffMember member) {
        return new StaffMemberPage(ADMIN, StaffRow.of(member), member.version(), member.email().value(),
                member.name(), "reviewer", "available", "", new FieldErrors(), StaffMemberPage.Notice.NONE, null, 200);
    }

    private String render(PageView page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(page, Locale.ENGLISH, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
