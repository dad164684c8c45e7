import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Load generator for Casework, one file, JDK only: {@code java bench/LoadGenerator.java <mode> [--option value]...}.
 *
 * <p>{@code create}: opens {@code --cases} cases of {@code --case-type} (or of the comma-separated {@code --case-types}
 * in turn: case i is of the (i mod n)-th) from {@code --clients} concurrent clients, as fast as they go or, with {@code --rate}, on a fixed schedule (open loop). Then it reads each case once
 * (GET /v1/cases/{id}) and measures, per case, the time from sending its POST to its {@code assigned_at} (same
 * machine, same clock), and end-to-end assignments per second: cases / (last assigned_at - first send). With
 * {@code --when-assigned COMMAND}, it runs that shell command once the last case sent is seen assigned, before it
 * reads the cases back (bench/run takes the phase's closing CPU reading there).
 *
 * <p>{@code list}: latency of {@code GET /v1/cases?assignee_id=} for the first page, and for a deep page reached by
 * following cursors.
 *
 * <p>Prints one JSON object with the figures. Every loop is bounded by a count and by {@code --timeout} seconds.
 */
public class LoadGenerator {
    private static final Map<String, String> OPTIONS = new LinkedHashMap<>();
    private static HttpClient client;
    private static String base;
    private static String key;
    private static long deadlineNanos;

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            usage();
        }
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                usage();
            }
            OPTIONS.put(args[i].substring(2), args[i + 1]);
        }
        base = option("base", "http://127.0.0.1:8080");
        key = option("key", System.getenv("CASEWORK_API_KEY"));
        deadlineNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(option("timeout", "900")));
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String result = switch (args[0]) {
            case "create" -> create();
            case "list" -> list();
            default -> {
                usage();
                yield "";
            }
        };
        System.out.println(result);
        String out = OPTIONS.get("out");
        if (out != null) {
            Files.writeString(Path.of(out), result + "\n");
        }
    }

    private static void usage() {
        System.err.println("""
                usage: java bench/LoadGenerator.java create --base URL --key KEY --cases N --clients C \
                [--rate PER_SECOND] [--case-type bench | --case-types A,B,..] [--warmup N] [--when-assigned COMMAND] \
                [--timeout S] [--out FILE]
                       java bench/LoadGenerator.java list --base URL --key KEY --assignees ID,ID,.. \
                [--requests N] [--clients C] [--deep-pages P] [--timeout S] [--out FILE]""");
        System.exit(2);
    }

    private static String option(String name, String fallback) {
        String value = OPTIONS.getOrDefault(name, fallback);
        if (value == null) {
            System.err.println("missing --" + name);
            System.exit(2);
        }
        return value;
    }

    // -------------------------------------------------------------------------------------------------------------
    // create

    private record Sent(String id, long sentMicros, long answeredMicros, int status) {
    }

    private static String create() throws Exception {
        int cases = Integer.parseInt(option("cases", "2000"));
        int clients = Integer.parseInt(option("clients", "16"));
        double rate = Double.parseDouble(option("rate", "0"));
        int warmup = Integer.parseInt(option("warmup", "0"));
        List<String> caseTypes = Arrays.asList(option("case-types", option("case-type", "bench")).split(","));

        if (warmup > 0) {
            List<Sent> warm = send(warmup, clients, 0, caseTypes);
            awaitAssigned(warm, clients, () -> { });
        }
        long started = System.nanoTime();
        long cpuAtStart = cpuNanos();
        List<Sent> sent = send(cases, clients, rate, caseTypes);
        double sendSeconds = (System.nanoTime() - started) / 1e9;
        List<Sent> created = sent.stream().filter(s -> s.status == 201).toList();
        long[] cpuAtLastAssigned = {cpuAtStart};
        String whenAssigned = OPTIONS.get("when-assigned");
        Map<String, long[]> assigned = awaitAssigned(created, clients, () -> {
            cpuAtLastAssigned[0] = cpuNanos();
            if (whenAssigned != null) {
                run(whenAssigned);
            }
        });

        long firstSend = created.stream().mapToLong(Sent::sentMicros).min().orElse(0);
        long lastAssigned = assigned.values().stream().mapToLong(a -> a[0]).max().orElse(0);
        double[] endToEnd = created.stream().filter(s -> assigned.containsKey(s.id))
                .mapToDouble(s -> (assigned.get(s.id)[0] - s.sentMicros) / 1000.0).sorted().toArray();
        double[] serverSide = assigned.values().stream().mapToDouble(a -> (a[0] - a[1]) / 1000.0).sorted().toArray();
        double[] post = created.stream().mapToDouble(s -> (s.answeredMicros - s.sentMicros) / 1000.0).sorted()
                .toArray();
        // how late the open-loop schedule ran: if the clients could not keep up, the rate was not the one asked for
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mode", "create");
        out.put("cases_requested", cases);
        out.put("clients", clients);
        out.put("target_rate", rate);
        out.put("created", created.size());
        out.put("failed_requests", sent.size() - created.size());
        out.put("failed_statuses", sent.stream().filter(s -> s.status != 201).map(s -> s.status).distinct().toList());
        out.put("assigned", assigned.size());
        out.put("send_seconds", round(sendSeconds));
        out.put("offered_rate", round(created.size() / sendSeconds));
        double window = (lastAssigned - firstSend) / 1e6;
        out.put("assignments_per_second", round(assigned.size() / window));
        out.put("post_latency_ms", percentiles(post));
        out.put("send_to_assigned_ms", percentiles(endToEnd));
        out.put("created_to_assigned_ms", percentiles(serverSide));
        // this program shares the machine with the server: what it takes is not the server's to use
        out.put("generator_cpu_ms_per_case",
                round((cpuAtLastAssigned[0] - cpuAtStart) / 1e6 / Math.max(1, created.size())));
        return json(out);
    }

    /** Sends count POST /v1/cases from clients threads, of the case types in turn; at a fixed rate when rate > 0. */
    private static List<Sent> send(int count, int clients, double rate, List<String> caseTypes)
            throws InterruptedException {
        ConcurrentLinkedQueue<Sent> results = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            threads.add(started(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadlineNanos) {
                    if (rate > 0) {
                        long due = start + (long) (i * 1e9 / rate);
                        long wait;
                        while ((wait = due - System.nanoTime()) > 0) {
                            LockSupport.parkNanos(wait);
                        }
                    }
                    String body = "{\"case_type\":\"" + caseTypes.get(i % caseTypes.size()) + "\",\"priority\":\"normal\","
                            + "\"subject\":{\"reference_id\":\"user-" + i + "\",\"name\":\"Load " + i + "\"}}";
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v1/cases"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + key)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long sent = nowMicros();
                    int status;
                    String id = null;
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        status = response.statusCode();
                        if (status == 201) {
                            id = (String) ((Map<?, ?>) Json.parse(response.body())).get("id");
                        }
                    } catch (IOException e) {
                        status = -1;
                    } catch (InterruptedException e) {
                        return;
                    }
                    results.add(new Sent(id, sent, nowMicros(), status));
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new ArrayList<>(results);
    }

    /**
     * Waits until the last case sent is assigned (runs are claimed oldest first), then reads every case once,
     * reading again, later, only those not assigned yet. Returns id -> {assigned_at, created_at} in epoch micros.
     */
    /** What to do the moment the last case sent is seen assigned, before the read-back. */
    @FunctionalInterface
    private interface AtLastAssigned {
        void run() throws InterruptedException;
    }

    private static Map<String, long[]> awaitAssigned(List<Sent> created, int clients, AtLastAssigned atLastAssigned)
            throws InterruptedException {
        Map<String, long[]> assigned = new java.util.concurrent.ConcurrentHashMap<>();
        if (created.isEmpty()) {
            atLastAssigned.run();
            return assigned;
        }
        Sent last = created.stream().max((a, b) -> Long.compare(a.sentMicros, b.sentMicros)).get();
        while (System.nanoTime() < deadlineNanos && readCase(last.id) == null) {
            Thread.sleep(20);
        }
        atLastAssigned.run();
        ConcurrentLinkedQueue<String> pending = new ConcurrentLinkedQueue<>();
        created.forEach(s -> pending.add(s.id));
        for (int round = 0; round < 600 && !pending.isEmpty() && System.nanoTime() < deadlineNanos; round++) {
            ConcurrentLinkedQueue<String> notYet = new ConcurrentLinkedQueue<>();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < Math.min(clients, 8); t++) {
                threads.add(started(() -> {
                    String id;
                    while ((id = pending.poll()) != null) {
                        long[] times = readCase(id);
                        if (times == null) {
                            notYet.add(id);
                        } else {
                            assigned.put(id, times);
                        }
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            pending.addAll(notYet);
            if (!pending.isEmpty()) {
                Thread.sleep(500);
            }
        }
        return assigned;
    }

    /** This process's CPU time so far, all its threads. */
    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** Runs a shell command to its end; its output goes where this program's does. */
    private static void run(String command) throws InterruptedException {
        try {
            int status = new ProcessBuilder("sh", "-c", command).inheritIO().start().waitFor();
            if (status != 0) {
                throw new IllegalStateException("exit " + status + ": " + command);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {assigned_at, created_at} in epoch micros, or null when the case is not assigned (yet). */
    private static long[] readCase(String id) {
        try {
            HttpResponse<String> response = client.send(get("/v1/cases/" + id), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return null;
            }
            Map<?, ?> aCase = (Map<?, ?>) Json.parse(response.body());
            Object at = aCase.get("assigned_at");
            if (at == null) {
                return null;
            }
            return new long[] {micros(Instant.parse((String) at)), micros(Instant.parse((String) aCase.get("created_at")))};
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // list

    private static String list() throws Exception {
        List<String> assignees = Arrays.asList(option("assignees", null).split(","));
        int requests = Integer.parseInt(option("requests", "1000"));
        int clients = Integer.parseInt(option("clients", "1"));
        int deepPages = Integer.parseInt(option("deep-pages", "100"));
        String pageSize = option("limit", "25");

        // warm-up: the JIT and the connection pool, not measured
        timedGets(assignees, null, Math.min(200, requests), clients, pageSize);
        double[] first = timedGets(assignees, null, requests, clients, pageSize);

        // follow cursors deepPages pages of 100 down one member's cases; every hop is a measured request too
        String cursor = null;
        List<Double> walk = new ArrayList<>();
        int walked = 0;
        for (int p = 0; p < deepPages && System.nanoTime() < deadlineNanos; p++) {
            String path = "/v1/cases?assignee_id=" + assignees.get(0) + "&limit=100"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            long t0 = System.nanoTime();
            HttpResponse<String> response = client.send(get(path), HttpResponse.BodyHandlers.ofString());
            walk.add((System.nanoTime() - t0) / 1e6);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            Map<?, ?> page = (Map<?, ?>) Json.parse(response.body());
            walked += ((List<?>) page.get("data")).size();
            Object next = page.get("next_cursor");
            if (next == null) {
                break;
            }
            cursor = (String) next;
        }
        double[] deep = timedGets(List.of(assignees.get(0)), cursor, requests, clients, pageSize);

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mode", "list");
        out.put("requests", requests);
        out.put("clients", clients);
        out.put("limit", Integer.parseInt(pageSize));
        out.put("first_page_ms", percentiles(first));
        out.put("deep_page_offset", walked);
        out.put("cursor_walk_ms", percentiles(walk.stream().mapToDouble(Double::doubleValue).sorted().toArray()));
        out.put("deep_page_ms", percentiles(deep));
        return json(out);
    }

    private static double[] timedGets(List<String> assignees, String cursor, int requests, int clients,
                                      String pageSize) throws InterruptedException {
        ConcurrentLinkedQueue<Double> times = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            threads.add(started(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadlineNanos) {
                    String path = "/v1/cases?assignee_id=" + assignees.get(i % assignees.size()) + "&limit=" + pageSize
                            + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(get(path), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200 || !response.body().contains("\"data\"")) {
                            failures.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failures.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                    times.add((System.nanoTime() - t0) / 1e6);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " list requests failed");
        }
        return times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    // -------------------------------------------------------------------------------------------------------------
    // helpers

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + key).GET().build();
    }

    private static long nowMicros() {
        return micros(Instant.now());
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }

    private static Map<String, Object> percentiles(double[] sorted) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("n", sorted.length);
        if (sorted.length == 0) {
            return p;
        }
        p.put("p50", round(at(sorted, 0.50)));
        p.put("p95", round(at(sorted, 0.95)));
        p.put("p99", round(at(sorted, 0.99)));
        p.put("max", round(sorted[sorted.length - 1]));
        p.put("mean", round(Arrays.stream(sorted).average().orElse(0)));
        return p;
    }

    /** Nearest-rank percentile of a sorted array. */
    private static double at(double[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{");
            map.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append(json(k.toString())).append(":")
                    .append(json(v)));
            return sb.append("}").toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            list.forEach(v -> sb.append(sb.length() > 1 ? "," : "").append(json(v)));
            return sb.append("]").toString();
        }
        if (value instanceof String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        if (value instanceof Double d) {
            return (d.isNaN() || d.isInfinite()) ? "null" : String.format(Locale.ROOT, "%.2f", d);
        }
        return value.toString();
    }

    private static Thread started(Runnable r) {
        Thread t = new Thread(r);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Just enough JSON: objects, arrays, strings, numbers, booleans, null. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json p = new Json(text);
            Object v = p.value();
            p.ws();
            if (p.i != text.length()) {
                throw new IllegalArgumentException("trailing characters at " + p.i);
            }
            return v;
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            ws();
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    Map<String, Object> m = new LinkedHashMap<>();
                    i++;
                    ws();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        ws();
                        String k = string();
                        ws();
                        i++; // ':'
                        m.put(k, value());
                        ws();
                        if (s.charAt(i++) == '}') {
                            return m;
                        }
                    }
                }
                case '[': {
                    List<Object> l = new ArrayList<>();
                    i++;
                    ws();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(value());
                        ws();
                        if (s.charAt(i++) == ']') {
                            return l;
                        }
                    }
                }
                case '"':
                    return string();
                case 't':
                    i += 4;
                    return Boolean.TRUE;
                case 'f':
                    i += 5;
                    return Boolean.FALSE;
                case 'n':
                    i += 4;
                    return null;
                default: {
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    return Double.parseDouble(s.substring(start, i));
                }
            }
        }

        private String string() {
            StringBuilder sb = new StringBuilder();
            i++; // opening quote
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'r' -> sb.append('\r');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
        }
    }
}
