package io.casework.adapters.rest.http;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A mutable resource's version is its strong entity tag: {@code ETag: "3"}, and PATCH honours If-Match. */
public final class EntityTags {
    private static final Pattern VERSION_TAG = Pattern.compile("\"(\\d{1,18})\"");

    private EntityTags() {
    }

    /**
     * The version the client expects, from {@code If-Match: "3"}; none when the header is absent or {@code *}.
     *
     * @throws BadRequestException when the header is anything else
     */
    public static OptionalLong ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return OptionalLong.empty();
        }
        Matcher tag = VERSION_TAG.matcher(header.trim());
        if (!tag.matches()) {
            throw new BadRequestException("If-Match must be the ETag of the resource, such as \"3\"");
        }
        return OptionalLong.of(Long.parseLong(tag.group(1)));
    }

    public static Response ok(Object entity, long version) {
        return Response.ok(entity).tag(new EntityTag(Long.toString(version))).build();
    }

    public static Response created(Object entity, long version) {
        return Response.status(Response.Status.CREATED).entity(entity).tag(new EntityTag(Long.toString(version)))
                .build();
    }
}
