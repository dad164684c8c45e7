package io.casework.adapters.web.page;

/** What a person sees instead of the page they asked for: not found, not allowed, or our fault. */
public final class ErrorPage extends PageView {
    private final int status;
    private final String heading;
    private final String message;
    private final String reference;

    private ErrorPage(int status, String heading, String message, String reference) {
        this(status, heading, message, reference, null);
    }

    private ErrorPage(int status, String heading, String message, String reference, Viewer viewer) {
        super("error.mustache", heading, null, viewer);
        this.status = status;
        this.heading = heading;
        this.message = message;
        this.reference = reference;
    }

    public static ErrorPage forStatus(int status) {
        return switch (status) {
            case 403 -> new ErrorPage(status, "You don't have access to this page",
                    "Your role doesn't include it. If you need it, ask an admin of your organization.", null);
            case 404 -> new ErrorPage(status, "Page not found",
                    "There is nothing at this address. It may have been mistyped, or what it pointed to is gone.",
                    null);
            default -> status >= 500 ? unexpected(null) : new ErrorPage(status, "That didn't work",
                    "The request couldn't be handled as sent. Go back and try again.", null);
        };
    }

    /** A form post without its session's CSRF token: from another site, or from a page older than the session. */
    public static ErrorPage formExpired() {
        return new ErrorPage(403, "This form has expired",
                "Nothing was changed. Reload the page and try again.", null);
    }

    /** A failure on our side; {@code reference} (may be null) is what the log line carries, for support. */
    public static ErrorPage unexpected(String reference) {
        return new ErrorPage(500, "Something went wrong on our side",
                "It's not something you did. Try again in a moment.", reference);
    }

    /** The same page with the navigation of a signed-in person, so they can go on from it. */
    public ErrorPage seenBy(Viewer viewer) {
        return new ErrorPage(status, heading, message, reference, viewer);
    }

    public int status() {
        return status;
    }

    public String heading() {
        return heading;
    }

    public String message() {
        return message;
    }

    public String reference() {
        return reference;
    }
}
