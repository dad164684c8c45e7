package io.casework.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.casework.adapters.rest.http.RateLimits;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Every setting of the server; defaults live in {@code casework-defaults.yml}, documented in the README. */
public class CaseworkConfiguration extends Configuration {
    @NotBlank
    @JsonProperty
    public String dataDir = "./data";

    @Valid
    @NotNull
    @JsonProperty
    public DatabaseSettings database = new DatabaseSettings();

    /** The base of every link the server writes; empty: {@code http://localhost:<http port>}. */
    @NotNull
    @JsonProperty
    public String publicUrl = "";

    /** {@link #publicUrl} without a trailing slash, or {@code http://localhost:<http port>} when it is empty. */
    String publicUrlOrDefault() {
        if (!publicUrl.isBlank()) {
            return publicUrl.strip().replaceAll("/+$", "");
        }
        int port = ((HttpConnectorFactory) ((DefaultServerFactory) getServerFactory()).getApplicationConnectors().get(0))
                .getPort();
        return "http://localhost:" + port;
    }

    /** The link to a case in emails, {@code {case_id}} replaced; empty: the dashboard's case page. */
    @NotNull
    @JsonProperty
    public String caseUrlTemplate = "";

    String caseUrlTemplateOrDefault() {
        return caseUrlTemplate.isBlank() ? publicUrlOrDefault() + "/cases/{case_id}" : caseUrlTemplate.strip();
    }

    @Valid
    @NotNull
    @JsonProperty
    public PlanSettings plans = new PlanSettings();

    @Valid
    @NotNull
    @JsonProperty
    public EngineSettings engine = new EngineSettings();

    @Valid
    @NotNull
    @JsonProperty
    public SmtpSettings smtp = new SmtpSettings();

    @Valid
    @NotNull
    @JsonProperty
    public NotifySettings notify = new NotifySettings();

    @Valid
    @NotNull
    @JsonProperty
    public WebhookSettings webhooks = new WebhookSettings();

    @Valid
    @NotNull
    @JsonProperty
    public RateLimitSettings rateLimits = new RateLimitSettings();

    /** Requests a second per organization and process, and the burst allowed at once; a rate of 0: no limit. */
    public static class RateLimitSettings {
        /** POST, PUT, PATCH and DELETE. */
        @Min(0)
        @JsonProperty
        public int writesPerSecond = 50;
        @Min(1)
        @JsonProperty
        public int writeBurst = 200;
        /** GET (and HEAD, OPTIONS). */
        @Min(0)
        @JsonProperty
        public int readsPerSecond = 200;
        @Min(1)
        @JsonProperty
        public int readBurst = 400;

        RateLimits limits() {
            return new RateLimits(writesPerSecond, writeBurst, readsPerSecond, readBurst);
        }
    }

    public static class SmtpSettings {
        /** Empty: emails are written as .eml files under {@code <dataDir>/outbox/}. */
        @JsonProperty
        public String host = "";
        @Min(1)
        @Max(65535)
        @JsonProperty
        public int port = 25;
        @JsonProperty
        public String user = "";
        @JsonProperty
        public String password = "";
        @JsonProperty
        public boolean starttls = false;
        @NotBlank
        @JsonProperty
        public String from = "Casework <casework@localhost>";
        @Min(100)
        @JsonProperty
        public int timeoutMs = 10_000;

        boolean isConfigured() {
            return host != null && !host.isBlank();
        }
    }

    public static class NotifySettings {
        @Min(1)
        @JsonProperty
        public int maxAttempts = 10;
        @Min(1)
        @JsonProperty
        public long backoffInitialMs = 1000;
        @Min(1)
        @JsonProperty
        public long backoffMaxMs = 300_000;
        /** A directory whose Mustache templates replace the bundled ones; empty for the bundled ones. */
        @JsonProperty
        public String templatesDir = "";
    }

    public static class WebhookSettings {
        /** Accept plain http endpoints and deliver to loopback and private addresses: local receivers, tests. */
        @JsonProperty
        public boolean allowInsecure = false;
        @Min(1)
        @JsonProperty
        public long connectTimeoutMs = 5_000;
        /** The whole request, answer included. */
        @Min(1)
        @JsonProperty
        public long requestTimeoutMs = 10_000;
        @Min(1)
        @JsonProperty
        public int maxAttempts = 12;
        @Min(1)
        @JsonProperty
        public long backoffInitialMs = 10_000;
        @Min(1)
        @JsonProperty
        public long backoffMaxMs = 3_600_000;
    }

    public static class DatabaseSettings {
        /** JDBC URL of an external PostgreSQL; empty starts the embedded one under the data directory. */
        @JsonProperty
        public String url = "";
        @JsonProperty
        public String user = "";
        @JsonProperty
        public String password = "";
        @Min(2)
        @Max(1000)
        @JsonProperty
        public int maxConnections = 32;

        boolean isEmbedded() {
            return url == null || url.isBlank();
        }
    }

    public static class PlanSettings {
        @Valid
        @NotNull
        @JsonProperty
        public StartupProgram startupProgram = new StartupProgram();

        public static class StartupProgram {
            @Min(0)
            @JsonProperty
            public long assignCaseMonthlyLimit = 100;
        }
    }

    public static class EngineSettings {
        @Min(0)
        @Max(256)
        /**
         * One: a worker takes up to a batch of runs at once, so a second one in the same process mostly waits for the
         * same team locks (measured in docs/PERFORMANCE.md); more processes add workers.
         */
        @JsonProperty
        public int workers = 1;
        @Min(1)
        @JsonProperty
        public int runLeaseSeconds = 30;
        /** The most runs a worker claims and runs in one transaction. */
        @Min(1)
        @Max(1000)
        @JsonProperty
        public int batchSize = 64;
        /**
         * The most runs of one organization in one batch; 0: as many as {@link #batchSize}. Every organization's
         * oldest run comes before any organization's second either way.
         */
        @Min(0)
        @Max(1000)
        @JsonProperty
        public int batchPerOrganization = 0;

        int perOrganization() {
            return batchPerOrganization == 0 ? batchSize : Math.min(batchPerOrganization, batchSize);
        }
    }
}
