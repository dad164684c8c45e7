package io.casework.adapters.web.organization;

import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Section;
import io.casework.adapters.web.page.Viewer;
import io.casework.application.port.in.OrganizationQueries.OrganizationView;
import java.time.format.TextStyle;
import java.util.Locale;

/** Plan and usage: "2 of 100" Assign Case executions this month on the Startup Program, "unlimited" otherwise. */
public final class OrganizationPage extends PageView {
    private final OrganizationView view;

    OrganizationPage(Viewer viewer, OrganizationView view) {
        super("organization.mustache", "Organization", Section.ORGANIZATION, viewer);
        this.view = view;
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
