package io.casework.adapters.web.signin;

import io.casework.adapters.web.page.PageView;

/** The one answer to every sign-in request, so that it never tells which addresses belong to staff. */
public final class SignInSentPage extends PageView {
    private final String email;

    public SignInSentPage(String email) {
        super("sign-in-sent.mustache", "Check your email");
        this.email = email;
    }

    public String email() {
        return email;
    }
}
