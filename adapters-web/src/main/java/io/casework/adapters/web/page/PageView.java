package io.casework.adapters.web.page;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A whole page in the dashboard's layout ({@code layout.mustache}): its title, the navigation section it belongs
 * to, and the signed-in person the header shows.
 */
public abstract class PageView extends View {
    public static final String HTML = "text/html;charset=UTF-8";
    /**
     * Every template is in this one folder, whichever feature's page it renders, so that {@code {{<layout}}} finds
     * the layout beside it (a template can't name a partial by a path that leaves its folder, inside a jar).
     */
    private static final String TEMPLATES = "/io/casework/adapters/web/templates/";

    private final String title;
    private final Section section;
    private final Viewer viewer;

    /** A page seen before signing in: no navigation. {@code template} is a file name in the templates folder. */
    protected PageView(String template, String title) {
        this(template, title, null, null);
    }

    protected PageView(String template, String title, Section section, Viewer viewer) {
        super(TEMPLATES + template, StandardCharsets.UTF_8);
        this.title = title;
        this.section = section;
        this.viewer = viewer;
    }

    public String title() {
        return title;
    }

    /** The signed-in person, or null before signing in (the layout then shows no navigation). */
    public Viewer viewer() {
        return viewer;
    }

    /** The sections the viewer may open; reviewers do not see the admins' ones. */
    public List<NavLink> navigation() {
        return Arrays.stream(Section.values())
                .filter(s -> viewer != null && (viewer.admin() || !s.adminOnly()))
                .map(s -> new NavLink(s.label(), s.path(), s == section))
                .toList();
    }

    public record NavLink(String label, String path, boolean current) {
    }
}
