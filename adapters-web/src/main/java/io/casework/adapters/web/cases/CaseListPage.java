package io.casework.adapters.web.cases;

import io.casework.adapters.web.cases.CaseListQuery.CaseList;
import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Section;
import io.casework.adapters.web.page.Viewer;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.cases.Priority;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A list of cases, newest first, with its filters and a link to the next page. */
public final class CaseListPage extends PageView {
    private final CaseListQuery query;
    private final List<CaseRow> rows;
    private final String nextPage;
    private final Names names;
    private final boolean hasTeams;

    CaseListPage(Viewer viewer, CaseListQuery query, List<CaseRow> rows, String nextPage, Names names,
                 boolean hasTeams) {
        super("case-list.mustache", query.list().title(), section(query.list()), viewer);
        this.query = query;
        this.rows = rows;
        this.nextPage = nextPage;
        this.names = names;
        this.hasTeams = hasTeams;
    }

    private static Section section(CaseList list) {
        return switch (list) {
            case MINE -> Section.MY_CASES;
            case QUEUE -> Section.TEAM_QUEUE;
            case ALL -> Section.ALL_CASES;
        };
    }

    public String heading() {
        return query.list().title();
    }

    public String intro() {
        return switch (query.list()) {
            case MINE -> "Cases assigned to you, newest first.";
            case QUEUE -> "Open cases waiting in your teams' queues. Claim one to make it yours.";
            case ALL -> "Every case of your organization, newest first.";
        };
    }

    public String action() {
        return query.list().path();
    }

    public List<CaseRow> rows() {
        return rows;
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    /** Says why the list is empty: the filters, no team, or simply nothing yet. */
    public String emptyText() {
        if (!query.valid()) {
            return "Fix the filters above to see cases.";
        }
        if (query.filtered()) {
            return "No case matches these filters.";
        }
        return switch (query.list()) {
            case MINE -> "No case is assigned to you. Cases assigned to you, by a person, the API or a workflow, show here.";
            case QUEUE -> hasTeams ? "Your teams' queues are empty. Nothing is waiting to be claimed."
                    : "You are not a member of any team, so no team queue is yours.";
            case ALL -> "Your organization has no cases yet. Cases created through the API show here.";
        };
    }

    public String nextPage() {
        return nextPage;
    }

    public boolean filtered() {
        return query.filtered();
    }

    public boolean showAssigneeColumn() {
        return query.list() != CaseList.MINE;
    }

    public boolean showAssigneeFilter() {
        return query.list() == CaseList.ALL;
    }

    public String type() {
        return query.type();
    }

    public List<Option> statuses() {
        List<Option> options = new ArrayList<>();
        if (query.list() == CaseList.QUEUE) {
            options.add(new Option("", "Open and pending", query.status().isEmpty()));
            options.add(option(CaseStatus.OPEN, query.status()));
            options.add(option(CaseStatus.PENDING, query.status()));
        } else {
            options.add(new Option("", "Any status", query.status().isEmpty()));
            Arrays.stream(CaseStatus.values()).forEach(s -> options.add(option(s, query.status())));
        }
        return options;
    }

    public List<Option> priorities() {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "Any priority", query.priority().isEmpty()));
        for (int i = Priority.values().length - 1; i >= 0; i--) {
            options.add(option(Priority.values()[i], query.priority()));
        }
        return options;
    }

    public List<Option> staffOptions() {
        return names.allStaff().stream().map(m -> new Option(m.id().value(), m.name(),
                m.id().value().equals(query.assignee()))).toList();
    }

    public List<Option> teamOptions() {
        return names.teams().stream().map(t -> new Option(t.id().value(), t.name(),
                t.id().value().equals(query.assignee()))).toList();
    }

    public boolean anyAssignee() {
        return query.assignee().isEmpty();
    }

    public String statusError() {
        return query.errors().get("status");
    }

    public String typeError() {
        return query.errors().get("type");
    }

    public String priorityError() {
        return query.errors().get("priority");
    }

    public String assigneeError() {
        return query.errors().get("assignee");
    }

    public String cursorError() {
        return query.errors().get("cursor");
    }

    private static Option option(Enum<?> value, String selected) {
        return new Option(Labels.wire(value), Labels.words(value), Labels.wire(value).equals(selected));
    }
}
