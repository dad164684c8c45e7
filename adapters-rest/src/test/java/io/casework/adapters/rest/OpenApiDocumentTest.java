package io.casework.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.adapters.rest.ApiClient.Reply;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The hand-written OpenAPI document and the routes Jersey serves must not drift apart. */
@ExtendWith(DropwizardExtensionsSupport.class)
class OpenApiDocumentTest {
    private static final TestApi API = new TestApi();
    static final ResourceExtension RESOURCES = API.resources;
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonNode document = API.anonymous().get("/v1/openapi.json").json();

    @Test
    void theDocumentIsServedWithoutAKey() {
        Reply reply = API.anonymous().get("/v1/openapi.json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().get("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void everyRouteJerseyServesIsDocumentedWithItsMethod() {
        assertThat(documentedOperations()).containsAll(servedOperations());
    }

    @Test
    void everyDocumentedOperationIsServed() {
        assertThat(servedOperations()).containsAll(documentedOperations());
    }

    @Test
    void everyReferenceResolves() {
        List<String> references = new ArrayList<>();
        collectReferences(document, references);

        assertThat(references).isNotEmpty().allSatisfy(reference ->
                assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse());
    }

    @Test
    void everyOperationHasAUniqueOperationId() {
        List<String> ids = new ArrayList<>();
        document.get("paths").forEach(item -> item.fields().forEachRemaining(entry -> {
            if (HTTP_METHODS.contains(entry.getKey())) {
                ids.add(entry.getValue().path("operationId").asText());
            }
        }));

        assertThat(ids).doesNotContain("").doesNotHaveDuplicates();
    }

    /**
     * The {@code required} fields of a schema of the document, in order. Response schemas list every field they
     * have, so API tests compare what is served with them.
     */
    static List<String> requiredFields(String schema) {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            List<String> fields = new ArrayList<>();
            new ObjectMapper().readTree(in).at("/components/schemas/" + schema + "/required")
                    .forEach(field -> fields.add(field.asText()));
            assertThat(fields).as("required fields of " + schema).isNotEmpty();
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "GET /v1/cases/{id}" for each operation of the document. */
    private Set<String> documentedOperations() {
        Set<String> operations = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(name -> {
            if (HTTP_METHODS.contains(name)) {
                operations.add(name.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }

    /** "GET /v1/cases/{id}" for each resource method of the resources the API registers. */
    private static Set<String> servedOperations() {
        Set<String> operations = new TreeSet<>();
        for (Object component : API.components) {
            if (component.getClass().isAnnotationPresent(Path.class)) {
                collectOperations(Resource.from(component.getClass()), "", operations);
            }
        }
        assertThat(operations).isNotEmpty();
        return operations;
    }

    private static void collectOperations(Resource resource, String parentPath, Set<String> operations) {
        String path = join(parentPath, resource.getPath());
        for (ResourceMethod method : resource.getResourceMethods()) {
            operations.add(method.getHttpMethod() + " " + path);
        }
        resource.getChildResources().forEach(child -> collectOperations(child, path, operations));
    }

    private static String join(String parent, String child) {
        String trimmed = child == null ? "" : child.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? parent : parent + "/" + trimmed;
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref")) {
                    references.add(field.getValue().asText());
                } else {
                    collectReferences(field.getValue(), references);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectReferences(element, references));
        }
    }
}
