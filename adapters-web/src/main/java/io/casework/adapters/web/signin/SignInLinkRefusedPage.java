package io.casework.adapters.web.signin;

import io.casework.adapters.web.page.PageView;

/** A sign-in link that no longer works (expired, already used, or never issued), with the way to a new one. */
public final class SignInLinkRefusedPage extends PageView {
    public SignInLinkRefusedPage() {
        super("sign-in-refused.mustache", "This link no longer works");
    }
}
