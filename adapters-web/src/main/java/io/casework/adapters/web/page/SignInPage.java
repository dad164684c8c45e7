package io.casework.adapters.web.page;

/** The form that asks for an email address to send a sign-in link to; {@code error} is null when there is none. */
public final class SignInPage extends Page {
    private final String email;
    private final String error;

    public SignInPage(String email, String error) {
        super("sign-in.mustache", "Sign in");
        this.email = email;
        this.error = error;
    }

    public String email() {
        return email;
    }

    public String error() {
        return error;
    }
}
