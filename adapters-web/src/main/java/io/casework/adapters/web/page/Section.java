package io.casework.adapters.web.page;

/** The dashboard's main navigation, in the order the header shows it. */
public enum Section {
    MY_CASES("My cases", "/cases/mine", false),
    TEAM_QUEUE("Team queue", "/cases/queue", false),
    ALL_CASES("All cases", "/cases", true),
    WORKFLOWS("Workflows", "/workflows", true),
    STAFF("Staff", "/staff", true),
    TEAMS("Teams", "/teams", true),
    ORGANIZATION("Organization", "/organization", false);

    private final String label;
    private final String path;
    private final boolean adminOnly;

    Section(String label, String path, boolean adminOnly) {
        this.label = label;
        this.path = path;
        this.adminOnly = adminOnly;
    }

    public String label() {
        return label;
    }

    public String path() {
        return path;
    }

    public boolean adminOnly() {
        return adminOnly;
    }
}
