package io.casework.adapters.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.organization.OrganizationId;
import io.casework.adapters.web.signin.SignInPage;
import io.casework.adapters.web.signin.SignInSentPage;
import io.dropwizard.views.mustache.MustacheViewRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The layout around every page: navigation by role, the signed-in person, and escaping of what data says. */
class PageRenderingTest {
    private final MustacheViewRenderer renderer = new MustacheViewRenderer();

    @Test
    void anAdminSeesEverySectionWithTheCurrentOneMarked() {
        String html = render(new Forbidden(Section.WORKFLOWS, viewer("Ada Admin", true, "tok-1")));

        assertThat(html).contains(">My cases</a>", ">Team queue</a>", ">All cases</a>", ">Staff</a>", ">Teams</a>",
                ">Organization</a>");
        assertThat(html).contains("<a href=\"/workflows\" aria-current=\"page\">Workflows</a>");
        assertThat(html).containsOnlyOnce("aria-current");
        assertThat(html).contains("Ada Admin", "<form method=\"post\" action=\"/sign-out\">",
                "name=\"csrf\" value=\"tok-1\"");
    }

    @Test
    void aReviewerDoesNotSeeTheAdminsSections() {
        String html = render(new Forbidden(Section.MY_CASES, viewer("Rita Reviewer", false, "tok-2")));

        assertThat(html).contains(">My cases</a>", ">Team queue</a>", ">Organization</a>");
        assertThat(html).doesNotContain(">All cases</a>", ">Workflows</a>", ">Staff</a>", ">Teams</a>");
    }

    @Test
    void beforeSigningInThereIsNoNavigationNorSignOut() {
        String html = render(new SignInPage("", null, null));

        assertThat(html).contains("<label for=\"email\">Email address</label>", "id=\"email\" name=\"email\"",
                "Email me a sign-in link", "<title>Sign in · Casework</title>");
        assertThat(html).doesNotContain("aria-label=\"Main\"", "/sign-out");
    }

    @Test
    void valuesFromDataAreEscaped() {
        String html = render(new Forbidden(null, viewer("<script>alert(1)</script>", false, "\"><b>")));

        assertThat(html).doesNotContain("<script>alert(1)</script>", "\"><b>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(render(new SignInSentPage("<i>x@y.test</i>"))).contains("&lt;i&gt;x@y.test&lt;/i&gt;");
    }

    @Test
    void anErrorPageSaysWhatHappenedAndOnlyABugShowsAReference() {
        assertThat(render(ErrorPage.forStatus(404))).contains("<h1 id=\"error-heading\">Page not found</h1>");
        assertThat(render(ErrorPage.forStatus(403))).contains("You don&#39;t have access to this page")
                .doesNotContain("reference");
        assertThat(render(ErrorPage.unexpected("ab12cd"))).contains("Something went wrong on our side",
                "<code>ab12cd</code>");
    }

    /** The 403 page as a signed-in person would get it, in a section of the navigation. */
    private static final class Forbidden extends PageView {
        Forbidden(Section section, Viewer viewer) {
            super("error.mustache", "Forbidden", section, viewer);
        }

        public int status() {
            return 403;
        }
    }

    private static Viewer viewer(String name, boolean admin, String csrfToken) {
        return new Viewer(new OrganizationId("org_1"), new StaffMemberId("stf_1"), name, admin, csrfToken);
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
