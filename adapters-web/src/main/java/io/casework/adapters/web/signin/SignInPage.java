package io.casework.adapters.web.signin;

import io.casework.adapters.web.page.PageView;

/**
 * The form that asks for an email address to send a sign-in link to; {@code error} is null when there is none,
 * {@code next} (the page first asked for) when there is no such page.
 */
public final class SignInPage extends PageView {
    private final String email;
    private final String error;
    private final String next;

    public SignInPage(String email, String error, String next) {
        super("sign-in.mustache", "Sign in");
        this.email = email;
        this.error = error;
        this.next = next;
    }

    public String email() {
        return email;
    }

    public String error() {
        return error;
    }

    public String next() {
        return next;
    }
}
