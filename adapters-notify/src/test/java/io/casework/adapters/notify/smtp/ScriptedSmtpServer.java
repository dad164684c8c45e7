package io.casework.adapters.notify.smtp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal SMTP server on a free local port that answers MAIL, RCPT and the end of DATA with the replies it is
 * given, or never answers at all. GreenMail accepts everything, so refusals (5xx, 4xx) need a server like this.
 */
final class ScriptedSmtpServer implements AutoCloseable {
    private static final String OK = "250 2.0.0 ok";

    private final ServerSocket socket;
    private final Thread thread;
    private final boolean silent;
    private final String mailReply;
    private final String rcptReply;
    private final String dataReply;
    private final AtomicInteger connections = new AtomicInteger();

    private ScriptedSmtpServer(boolean silent, String mailReply, String rcptReply, String dataReply) {
        this.silent = silent;
        this.mailReply = mailReply;
        this.rcptReply = rcptReply;
        this.dataReply = dataReply;
        try {
            socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(this::serve, "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    /** Takes every email. */
    static ScriptedSmtpServer accepting() {
        return new ScriptedSmtpServer(false, OK, OK, OK);
    }

    static ScriptedSmtpServer refusingSender(String reply) {
        return new ScriptedSmtpServer(false, reply, OK, OK);
    }

    static ScriptedSmtpServer refusingRecipient(String reply) {
        return new ScriptedSmtpServer(false, OK, reply, OK);
    }

    static ScriptedSmtpServer refusingContent(String reply) {
        return new ScriptedSmtpServer(false, OK, OK, reply);
    }

    /** Accepts connections and says nothing, not even the greeting: a hung server. */
    static ScriptedSmtpServer silent() {
        return new ScriptedSmtpServer(true, OK, OK, OK);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** How many connections clients opened so far. */
    int connections() {
        return connections.get();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                connections.incrementAndGet();
                if (silent) {
                    client.getInputStream().read(); // blocks until the client gives up
                } else {
                    converse(client);
                }
            } catch (IOException e) {
                // the client hung up or the server closed: wait for the next one
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII);
        reply(out, "220 scripted ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 scripted");
            } else if (command.startsWith("MAIL")) {
                reply(out, mailReply);
            } else if (command.startsWith("RCPT")) {
                reply(out, rcptReply);
            } else if (command.startsWith("DATA")) {
                reply(out, "354 go ahead");
                for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                    // the content is not what these tests look at
                }
                reply(out, dataReply);
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, OK); // RSET, NOOP
            }
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
