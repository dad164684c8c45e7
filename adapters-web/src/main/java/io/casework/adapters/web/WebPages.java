package io.casework.adapters.web;

import io.casework.adapters.web.apidocs.ApiReferenceResource;
import io.casework.adapters.web.cases.CasesResource;
import io.casework.adapters.web.error.ErrorPageMapper;
import io.casework.adapters.web.organization.OrganizationResource;
import io.casework.adapters.web.page.HomeResource;
import io.casework.adapters.web.signin.SignInResource;
import io.casework.adapters.web.session.SessionFilter;
import io.casework.adapters.web.staff.StaffResource;
import io.casework.adapters.web.staff.TeamResource;
import io.casework.adapters.web.workflows.WorkflowsResource;
import io.casework.application.port.in.UseCases;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.servlets.assets.AssetServlet;
import io.dropwizard.views.common.ViewMessageBodyWriter;
import io.dropwizard.views.mustache.MustacheViewRenderer;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;

/**
 * The staff dashboard: HTML pages under {@code /} on the application port, beside the API under {@code /v1}.
 * The pages are a Jersey application of their own, so that neither adapter's filters and error mappers reach
 * the other's requests: it runs as a servlet filter that leaves {@code /v1} and {@code /assets} to the servlets
 * behind it and answers every other path itself, an unknown one with the HTML not-found page.
 */
public final class WebPages {
    private static final String NOT_PAGES = "(?s)/(v1|assets)(/.*)?";
    private static final String WEBJARS = "/META-INF/resources/webjars/";

    private WebPages() {
    }

    /** @param publicUrl the base of the links the server writes; when it is https, cookies are always Secure */
    public static void register(Environment environment, UseCases useCases, String publicUrl) {
        ResourceConfig pages = new ResourceConfig()
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServletProperties.FILTER_STATIC_CONTENT_REGEX, NOT_PAGES)
                .register(new ViewMessageBodyWriter(environment.metrics(), List.of(new MustacheViewRenderer())))
                .register(new ErrorPageMapper())
                .register(new SessionFilter(useCases.sessions(), useCases.staffMembers()))
                .register(new HomeResource())
                .register(new ApiReferenceResource())
                .register(new CasesResource(useCases))
                .register(new OrganizationResource(useCases.organizations(), useCases.changeOrganizationSettings()))
                .register(new StaffResource(useCases.createStaffMember(), useCases.updateStaffMember(),
                        useCases.staffMembers()))
                .register(new TeamResource(useCases.createTeam(), useCases.updateTeam(), useCases.teams(),
                        useCases.staffMembers()))
                .register(new WorkflowsResource(useCases))
                .register(new SignInResource(useCases.signInLinks(), useCases.sessions(),
                        publicUrl.toLowerCase(Locale.ROOT).startsWith("https:")));
        environment.servlets().addFilter("web-pages", new ServletContainer(pages))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        environment.servlets().addServlet("web-assets", new AssetServlet("/io/casework/adapters/web/assets",
                "/assets", null, StandardCharsets.UTF_8)).addMapping("/assets/*");
        environment.servlets().addServlet("web-htmx", new AssetServlet(
                WEBJARS + "htmx.org/" + webjarVersion("org.webjars.npm", "htmx.org") + "/dist",
                "/assets/htmx", null, StandardCharsets.UTF_8)).addMapping("/assets/htmx/*");
        environment.servlets().addServlet("web-swagger-ui", new AssetServlet(
                WEBJARS + "swagger-ui/" + webjarVersion("org.webjars", "swagger-ui"),
                "/assets/swagger-ui", null, StandardCharsets.UTF_8)).addMapping("/assets/swagger-ui/*");
    }

    /** The version of a webjar on the class path, which names its folder; the pom is its one source. */
    private static String webjarVersion(String group, String artifact) {
        String pom = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = WebPages.class.getResourceAsStream(pom)) {
            if (in == null) {
                throw new IllegalStateException("the " + artifact + " webjar is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
