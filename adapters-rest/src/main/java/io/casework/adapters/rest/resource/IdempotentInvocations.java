package io.casework.adapters.rest.resource;

import io.casework.adapters.rest.error.Problem;
import io.casework.adapters.rest.error.ProblemCode;
import io.casework.application.port.out.IdempotencyStore;
import io.casework.application.port.out.IdempotencyStore.StoredResponse;
import io.casework.application.port.out.Transactions;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.message.MessageBodyWorkers;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.model.Invocable;
import org.glassfish.jersey.server.spi.internal.ResourceMethodInvocationHandlerProvider;

/**
 * Runs a POST that holds an {@code Idempotency-Key} claim and stores its successful response in one transaction:
 * the use case's own transaction joins it. A crash after the work commits therefore leaves its response stored,
 * and a retry gets it instead of doing the work again; a crash before leaves neither. The body is serialized here,
 * as Jersey would, so that what is stored is what is sent. A failure rolls the work back and its error response is
 * stored by {@link IdempotencyFilter}.
 */
@Singleton
public final class IdempotentInvocations implements ResourceMethodInvocationHandlerProvider {
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE;

    private final Work work;
    private final Provider<ContainerRequest> requests;
    private final Provider<MessageBodyWorkers> writers;

    /** What the invocations need from the application. */
    record Work(IdempotencyStore store, Transactions transactions) {
    }

    @Inject
    public IdempotentInvocations(Work work, Provider<ContainerRequest> requests, Provider<MessageBodyWorkers> writers) {
        this.work = work;
        this.requests = requests;
        this.writers = writers;
    }

    /** Binds the invocations into Jersey. */
    public static AbstractBinder binder(IdempotencyStore store, Transactions transactions) {
        return new AbstractBinder() {
            @Override
            protected void configure() {
                bind(new Work(store, transactions)).to(Work.class);
                bind(IdempotentInvocations.class).to(ResourceMethodInvocationHandlerProvider.class)
                        .in(Singleton.class);
            }
        };
    }

    @Override
    public InvocationHandler create(Invocable method) {
        if (!method.getDefinitionMethod().isAnnotationPresent(POST.class)) {
            return null; // Jersey's own invocation
        }
        return (target, javaMethod, args) -> {
            ContainerRequest request = requests.get();
            if (!(request.getProperty(HeldClaim.PROPERTY) instanceof HeldClaim held)) {
                return javaMethod.invoke(target, args);
            }
            Response response = invokeAndStore(held, target, javaMethod, args);
            request.removeProperty(HeldClaim.PROPERTY);
            return response;
        };
    }

    private Response invokeAndStore(HeldClaim held, Object target, Method method, Object[] args)
            throws InvocationTargetException {
        try {
            return work.transactions().inTransaction(() -> {
                Response response = asResponse(call(target, method, args));
                byte[] body = response.hasEntity() ? serialize(response.getEntity(), method) : new byte[0];
                Map<String, String> headers = IdempotencyFilter.replayedHeaders(response::getHeaderString);
                if (response.hasEntity()) {
                    headers.put(HttpHeaders.CONTENT_TYPE, JSON.toString());
                }
                StoredResponse stored = new StoredResponse(response.getStatus(), headers,
                        new String(body, StandardCharsets.UTF_8));
                if (!held.complete(work.store(), stored)) {
                    // a retry took the claim over: it does the work, this request's is rolled back
                    throw new WebApplicationException(Problem.of(ProblemCode.CONFLICT, "a retry of this request "
                            + "with the same Idempotency-Key took its place; retry to get its response").toResponse());
                }
                return response.hasEntity() ? Response.fromResponse(response).entity(body).type(JSON).build()
                        : response;
            });
        } catch (ResourceFailure failure) {
            throw failure.cause;
        } catch (RuntimeException e) {
            // Jersey maps what a resource method throws only when it comes as its invocation's exception
            throw new InvocationTargetException(e);
        }
    }

    private static Object call(Object target, Method method, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw new ResourceFailure(e);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("resource method " + method + " is not accessible", e);
        }
    }

    private static Response asResponse(Object result) {
        if (result instanceof Response response) {
            return response;
        }
        return result == null ? Response.noContent().build() : Response.ok(result).build();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private byte[] serialize(Object entity, Method method) {
        Type genericType = method.getReturnType() == Response.class ? entity.getClass() : method.getGenericReturnType();
        MessageBodyWriter writer = writers.get().getMessageBodyWriter(entity.getClass(), genericType,
                method.getAnnotations(), JSON);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            writer.writeTo(entity, entity.getClass(), genericType, method.getAnnotations(), JSON,
                    new MultivaluedHashMap<>(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return body.toByteArray();
    }

    /** What the resource method threw, carried out of the transaction (which it rolls back) unchanged. */
    private static final class ResourceFailure extends RuntimeException {
        private final InvocationTargetException cause;

        ResourceFailure(InvocationTargetException cause) {
            super(cause.getCause());
            this.cause = cause;
        }
    }
}
