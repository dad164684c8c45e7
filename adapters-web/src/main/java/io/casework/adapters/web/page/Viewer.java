package io.casework.adapters.web.page;

/** The signed-in staff member as the layout shows them; {@code csrfToken} goes into every form they post. */
public record Viewer(String name, boolean admin, String csrfToken) {
}
