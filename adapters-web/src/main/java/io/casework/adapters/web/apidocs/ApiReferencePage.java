package io.casework.adapters.web.apidocs;

import io.casework.adapters.web.page.PageView;

/** The page Swagger UI draws the API reference into. */
public final class ApiReferencePage extends PageView {
    ApiReferencePage() {
        super("api-reference.mustache", "API reference");
    }
}
