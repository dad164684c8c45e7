package io.casework.adapters.web.organization;

import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Section;
import io.casework.adapters.web.page.Viewer;
import io.casework.application.port.in.OrganizationQueries.OrganizationView;
import io.casework.domain.organization.ReassignmentSettings;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plan, usage and settings: "2 of 100" Assign Case executions this month on the Startup Program, "unlimited" otherwise. */
public final class OrganizationPage extends PageView {
    private final OrganizationView view;
    private final boolean saved;
    private final SettingsForm settings;

    OrganizationPage(Viewer viewer, OrganizationView view, boolean saved, SettingsForm settings) {
        super("organization.mustache", "Organization", Section.ORGANIZATION, viewer);
        this.view = view;
        this.saved = saved;
        this.settings = settings;
    }

    /**
     * The reassignment settings as the form shows them: stored, or as an admin entered them when refused;
     * {@code errors} by field name.
     */
    record SettingsForm(String onUnavailable, String afterHours, Map<String, String> errors) {
        static SettingsForm of(ReassignmentSettings stored) {
            return new SettingsForm(stored.onUnavailable().name().toLowerCase(Locale.ROOT),
                    String.valueOf(stored.afterHours()), Map.of());
        }
    }

    /** One option of the select. */
    public record Option(String value, String label, boolean selected) {
    }

    public boolean saved() {
        return saved;
    }

    public boolean invalid() {
        return !settings.errors().isEmpty();
    }

    public Map<String, String> errors() {
        return settings.errors();
    }

    public String afterHours() {
        return settings.afterHours();
    }

    /** What happens to an unavailable member's cases, in words, as stored. */
    public String onUnavailableLabel() {
        return switch (view.organization().reassignment().onUnavailable()) {
            case NONE -> "They stay with the member";
            case TEAM_QUEUE -> "Back to their team's queue";
            case RERUN -> "To a new run of the workflow that assigned them";
        };
    }

    public int storedAfterHours() {
        return view.organization().reassignment().afterHours();
    }

    public List<Option> onUnavailableOptions() {
        return List.of(option("none", "They stay with the member"),
                option("team_queue", "Back to their team's queue"),
                option("rerun", "To a new run of the workflow that assigned them"));
    }

    private Option option(String value, String label) {
        return new Option(value, label, value.equals(settings.onUnavailable()));
    }

    public String name() {
        return view.organization().name();
    }

    public String id() {
        return view.organization().id().value();
    }

    public String plan() {
        return switch (view.organization().plan()) {
            case STARTUP_PROGRAM -> "Startup Program";
            case ESSENTIAL -> "Essential";
            case GROWTH -> "Growth";
            case ENTERPRISE -> "Enterprise";
        };
    }

    public String period() {
        return view.period().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + view.period().getYear();
    }

    public String usage() {
        return view.assignCaseLimit() == null
                ? "unlimited"
                : view.assignCaseExecutions() + " of " + view.assignCaseLimit();
    }

    /** The share of the limit used, for the meter; null without a limit. */
    public Long percent() {
        Long limit = view.assignCaseLimit();
        return limit == null || limit == 0 ? null : Math.min(100, view.assignCaseExecutions() * 100 / limit);
    }

    public boolean limited() {
        return view.assignCaseLimit() != null;
    }
}
