package io.casework.adapters.notify.smtp;

/**
 * Where and how to hand emails to an SMTP server.
 *
 * @param user          null or blank: no authentication
 * @param password      used only with a user
 * @param startTls      upgrade the connection with STARTTLS and refuse to send if the server does not offer it
 * @param from          the envelope sender (where bounces go): give the same value as the renderer's From header;
 *                      null or blank: the message's From
 * @param timeoutMillis for connecting, reading and writing, each
 */
public record SmtpSettings(String host, int port, String user, String password, boolean startTls, String from,
                           long timeoutMillis) {
    public static final int DEFAULT_PORT = 25;
    public static final long DEFAULT_TIMEOUT_MILLIS = 10_000;

    public SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("SMTP host is required");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("SMTP port must be 1-65535, was " + port);
        }
        if (timeoutMillis < 1 || timeoutMillis > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("SMTP timeout must be positive milliseconds, was " + timeoutMillis);
        }
        host = host.strip();
        user = user == null || user.isBlank() ? null : user;
        // javax.mail logs in as the OS user when given a password without a user: no user, no password
        password = user == null ? null : password;
    }

    /** Plain SMTP without authentication and with the default timeout; for a local relay or a test server. */
    public static SmtpSettings unauthenticated(String host, int port) {
        return new SmtpSettings(host, port, null, null, false, null, DEFAULT_TIMEOUT_MILLIS);
    }

    /** The password stays out of logs and exception messages. */
    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", user=" + user
                + ", password=" + (password == null ? null : "***") + ", startTls=" + startTls + ", from=" + from
                + ", timeoutMillis=" + timeoutMillis + "]";
    }
}
