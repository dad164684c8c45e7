package io.casework.adapters.web.page;

/** A sign-in link that no longer works (expired, already used, or never issued), with the way to a new one. */
public final class SignInLinkRefusedPage extends Page {
    public SignInLinkRefusedPage() {
        super("sign-in-refused.mustache", "This link no longer works");
    }
}
