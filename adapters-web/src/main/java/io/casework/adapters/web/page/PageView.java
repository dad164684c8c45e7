package io.casework.adapters.web.page;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A whole page in the dashboard's layout ({@code layout.mustache}): its title, the navigation section it belongs
 * to, and the signed-in person the header shows.
 */
public abstract class Page extends View {
    public static final String HTML = "text/html;charset=UTF-8";

    private final String title;
    private final Section section;
    private final Viewer viewer;

    /** A page seen before signing in: no navigation. */
    protected Page(String template, String title) {
        this(template, title, null, null);
    }

    protected Page(String template, String title, Section section, Viewer viewer) {
        super(template, StandardCharsets.UTF_8);
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
