"""Turns the raw results of bench/run into a table: python3 bench/lib/report.py RAW_DIR OUT.md SETTINGS
Prints the table and writes it, with the context a reader needs (date, machine, load, what else ran)."""
import json
import os
import re
import sys
import time

raw, out, settings = sys.argv[1], sys.argv[2], sys.argv[3]


def load(name):
    path = os.path.join(raw, name)
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f) if name.endswith(".json") else f.read().strip()


def tps_runs(name):
    values = []
    for file in sorted(os.listdir(raw)):
        if re.fullmatch(r"pgbench-%s(-\d+)?\.txt" % re.escape(name), file):
            match = re.search(r"^tps = ([\d.]+)", load(file) or "", re.M)
            if match:
                values.append(float(match.group(1)))
    return sorted(values)


def tps(name):
    """The median of the runs (the runs are noisy on a shared machine)."""
    values = tps_runs(name)
    return values[len(values) // 2] if values else None


def runs_text(name):
    values = tps_runs(name)
    return "" if len(values) < 2 else " (median of %d runs: %s)" % (len(values), ", ".join("%.0f" % v for v in values))


def cpu(phase, key):
    start, end = load("cpu-%s-start.json" % phase), load("cpu-%s-end.json" % phase)
    if not start or not end:
        return None
    seconds = end["time"] - start["time"]
    if key == "machine":
        return 100 * (end["machine_busy"] - start["machine_busy"]) / max(1e-9, end["machine_total"] - start["machine_total"])
    values = [(end["processes"].get(k), start["processes"].get(k)) for k in end["processes"]]
    index = 0 if key == "server" else 1
    a, b = values[index]
    return None if a is None or b is None else 100 * (a - b) / seconds


def median_of(values):
    values = sorted(values)
    return values[len(values) // 2] if values else None


def probe_runs():
    """The batched probe's runs (probe-N.json), in run order."""
    names = sorted((f for f in os.listdir(raw) if re.fullmatch(r"probe-\d+\.json", f)),
                   key=lambda f: int(re.search(r"\d+", f).group()))
    return [load(f) for f in names]


def cpu_ms_per_case(phase, key, cases):
    """CPU milliseconds of the server JVM or of all postgres processes per case of the phase."""
    start, end = load("cpu-%s-start.json" % phase), load("cpu-%s-end.json" % phase)
    if not start or not end or not cases:
        return None
    values = [(end["processes"].get(k), start["processes"].get(k)) for k in end["processes"]]
    a, b = values[0 if key == "server" else 1]
    return None if a is None or b is None else 1000 * (a - b) / cases


def jit_ms_per_case(phase, cases):
    """CPU milliseconds of the server JVM's JIT compiler threads per case of the phase: warm-up, not work."""
    start, end = load("cpu-%s-start.json" % phase), load("cpu-%s-end.json" % phase)
    if not start or not end or not cases or start.get("jit") is None or end.get("jit") is None:
        return None
    return 1000 * (end["jit"] - start["jit"]) / cases


def ms(p, key):
    return "%.1f" % p[key] if p and key in p else "n/a"


def number(value, form):
    """value in form ("%.2f"), or n/a when it was not measured."""
    return form % value if value is not None else "n/a"


def verdict(ok):
    return "met" if ok else "NOT met"


baseline, locked = tps("baseline"), tps("baseline-locked")
throughput, latency, seeded = load("throughput.json"), load("latency.json"), load("throughput-seeded.json")
teams, teams_spread = load("throughput-teams.json"), load("teams-spread.txt")
fair_quiet, fair_busy = load("fair-quiet.json"), load("fair-busy.json")
probes = probe_runs()
email, listing = load("email.json"), load("list.json")
clients = re.search(r"clients=(\d+)", settings).group(1)
cores = os.cpu_count()

lines = []
add = lines.append
add("# Casework benchmark results")
add("")
ended = os.path.getmtime(os.path.join(raw, "uptime-end.txt")) if os.path.exists(os.path.join(raw, "uptime-end.txt")) \
    else time.time()
add("- date: %s; commit %s; settings: %s" % (time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(ended)),
                                               load("commit.txt"), settings))
add("- machine: %d cores, %s GiB RAM; PostgreSQL at 127.0.0.1:5432 as configured there (fsync and "
    "synchronous_commit on, autovacuum %s%s); server jar with its default settings (1 run worker, pool of 32), "
    "but for CASEWORK_* variables set around the run"
    % (cores, round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 ** 30), load("autovacuum.txt") or "?",
       "" if load("autovacuum.txt") != "off" else ": dead rows pile up in the queue tables, see docs/PERFORMANCE.md"))
add("- load average at start: `%s`; at end: `%s`" % ((load("uptime-start.txt") or "").split("load average:")[-1].strip(),
                                                   (load("uptime-end.txt") or "").split("load average:")[-1].strip()))
add("")
add("| measure | value | target | |")
add("|---|---|---|---|")
if baseline:
    add("| pgbench baseline: assignment writes in one transaction, %s clients | %.0f tps%s | | |"
        % (clients, baseline, runs_text("baseline")))
if locked:
    add("| pgbench baseline with the round-robin row locks (one team) | %.0f tps%s | | |"
        % (locked, runs_text("baseline-locked")))
if probes:
    created_ps = median_of([p["created_per_second"] for p in probes])
    assigned_ps = median_of([p["assigned_per_second"] for p in probes])
    add("| batched probe in pgbench: %s clients create cases (case, event, queued run) while %s assign them up to "
        "64 per transaction under one team lock; cases created/s / assigned/s | %.0f / %.0f (median of %d runs: %s) "
        "| | |" % (clients, re.search(r"probe_workers=(\d+)", settings).group(1), created_ps, assigned_ps,
                   len(probes), ", ".join("%.0f/%.0f" % (p["created_per_second"], p["assigned_per_second"])
                                          for p in probes)))
    add("| same: mean batch, backlog left at the end, PostgreSQL CPU ms per assigned case | %s cases; %s; %s ms | | |"
        % (", ".join("%.1f" % p["mean_batch"] for p in probes), ", ".join(str(p["backlog_at_end"]) for p in probes),
           ", ".join("%.2f" % p["postgres_cpu_ms_per_assigned_case"] for p in probes)))
if throughput:
    rate = throughput["assignments_per_second"]
    add("| end-to-end assignments/s (%d cases, %s clients, POST to assigned) | %.1f | %s | %s |"
        % (throughput["created"], clients, rate, ">= %.0f (half the baseline)" % (baseline / 2) if baseline
           else "half the baseline (not run)", verdict(rate >= baseline / 2) if baseline else ""))
    if baseline:
        add("| ratio to the pgbench baseline | %.1f%% | >= 50%% | %s |" % (100 * rate / baseline,
                                                                         verdict(rate >= baseline / 2)))
    if locked:
        add("| ratio to the baseline with round-robin locks | %.1f%% | above it | %s |"
            % (100 * rate / locked, verdict(rate > locked)))
    if probes:
        add("| ratio to the batched probe's assigned/s | %.1f%% | | |" % (100 * rate / assigned_ps))
    add("| POST /v1/cases latency under that load, p50 / p99 ms | %s / %s | | |"
        % (ms(throughput["post_latency_ms"], "p50"), ms(throughput["post_latency_ms"], "p99")))
if latency:
    p = latency["send_to_assigned_ms"]
    add("| POST-to-assigned latency at %.1f cases/s (half the measured throughput), p50 / p95 / p99 ms "
        "(%d cases) | %s / %s / %s | p99 < 50 | %s |"
        % (latency["target_rate"], p["n"], ms(p, "p50"), ms(p, "p95"), ms(p, "p99"), verdict(p.get("p99", 1e9) < 50)))
    add("| same, server-side created_at to assigned_at, p50 / p99 ms | %s / %s | | |"
        % (ms(latency["created_to_assigned_ms"], "p50"), ms(latency["created_to_assigned_ms"], "p99")))
    if baseline:
        add("| (the target's load, half the baseline, would be %.0f cases/s) | | | |" % (baseline / 2))
if teams:
    used, spread = teams_spread.split("|") if teams_spread else ("?", "?")
    add("| end-to-end assignments/s over %s round-robin teams (%d cases in turn over %s case types, %s clients, "
        "POST to assigned; %d of %d assigned) | %.1f | | |" % (used, teams["created"], used, clients, teams["assigned"],
                                                             teams["created"], teams["assignments_per_second"]))
    add("| same: POST-to-assigned p50 / p99 ms; largest difference between two members' counts in a team | "
        "%s / %s; %s | | |" % (ms(teams["send_to_assigned_ms"], "p50"), ms(teams["send_to_assigned_ms"], "p99"), spread))
if fair_quiet:
    p = fair_quiet["send_to_assigned_ms"]
    add("| fairness: a quiet organization's POST-to-assigned at %.0f cases/s while another floods %d cases, "
        "p50 / p95 / p99 ms (%d cases, %d assigned) | %s / %s / %s | | |"
        % (fair_quiet["target_rate"], fair_busy["created"] if fair_busy else 0, p["n"], fair_quiet["assigned"],
           ms(p, "p50"), ms(p, "p95"), ms(p, "p99")))
    if fair_busy:
        add("| same: the flooding organization's assignments/s, POST-to-assigned p50 / p99 ms (%d of %d assigned) "
            "| %.1f; %s / %s | | |" % (fair_busy["assigned"], fair_busy["created"], fair_busy["assignments_per_second"],
                                       ms(fair_busy["send_to_assigned_ms"], "p50"),
                                       ms(fair_busy["send_to_assigned_ms"], "p99")))
if email:
    add("| email throughput to a local SMTP sink (%d emails queued at once) | %.1f emails/s | | |"
        % (email["drained"], email["emails_per_second"]))
if listing:
    cases_in_table = load("cases-in-table.txt")
    add("| GET /v1/cases?assignee_id= first page (limit %d), %s cases in the table, p50 / p95 / p99 ms | %s / %s / %s "
        "| p99 < 20 | %s |" % (listing["limit"], cases_in_table, ms(listing["first_page_ms"], "p50"),
                               ms(listing["first_page_ms"], "p95"), ms(listing["first_page_ms"], "p99"),
                               verdict(listing["first_page_ms"].get("p99", 1e9) < 20)))
    add("| same, deep page (after %d cases, reached by cursor), p50 / p95 / p99 ms | %s / %s / %s | p99 < 20 | %s |"
        % (listing["deep_page_offset"], ms(listing["deep_page_ms"], "p50"), ms(listing["deep_page_ms"], "p95"),
           ms(listing["deep_page_ms"], "p99"), verdict(listing["deep_page_ms"].get("p99", 1e9) < 20)))
if seeded:
    add("| end-to-end assignments/s with the seeded cases in the table | %.1f | | |" % seeded["assignments_per_second"])
add("")
add("CPU use (percent of one core; %d cores = %d%%) and CPU time per case (the CPU time of the phase divided by the "
    "cases it created, from before the first POST to the moment the last case is seen assigned; it includes the "
    "emails sent to the SMTP sink by then, not the read-back that checks every case afterwards; for PostgreSQL, "
    "every postgres process on this machine, other users' databases included):" % (cores, 100 * cores))
add("")
add("| phase | cases | machine (all processes) | server JVM | all postgres processes | server CPU ms per case "
    "| of which the JIT compiler | PostgreSQL CPU ms per case | load generator CPU ms per case |")
add("|---|---|---|---|---|---|---|---|---|")
for phase, label, result in (("throughput", "throughput, one team", throughput),
                             ("latency", "latency (half load)", latency),
                             ("teams", "throughput, %s teams" % (teams_spread or "?|").split("|")[0], teams),
                             ("seeded", "throughput, seeded", seeded)):
    m, s, p = cpu(phase, "machine"), cpu(phase, "server"), cpu(phase, "postgres")
    if m is None or not result:
        continue
    cases = result["created"]
    server_ms, postgres_ms = cpu_ms_per_case(phase, "server", cases), cpu_ms_per_case(phase, "postgres", cases)
    jit_ms = jit_ms_per_case(phase, cases)
    generator_ms = result.get("generator_cpu_ms_per_case")
    add("| %s | %d | %.0f%% of all | %s%% | %s%% | %s | %s | %s | %s |" % (
        label, cases, m, number(s, "%.0f"), number(p, "%.0f"), number(server_ms, "%.2f"), number(jit_ms, "%.2f"),
        number(postgres_ms, "%.2f"), number(generator_ms, "%.2f")))
add("")
unassigned = load("unassigned.txt")
if unassigned:
    left, total = unassigned.split("|")
    add("Cases of the load left unassigned at the end: %s of %s." % (left, total))
    add("")
OURS = re.compile(r"cwbench|LoadGenerator|pgbench|casework_bench|smtp_sink|jfr |jcmd |top -c|/bin/bash .*bench/run")
others = {}
samples = 0
for line in (load("top-during.txt") or "").splitlines():
    if line.startswith("top -"):
        samples += 1
    fields = line.split(None, 11)
    if len(fields) == 12 and fields[0].isdigit():
        try:
            cpu_percent = float(fields[8])
        except ValueError:
            continue
        command = fields[11]
        if cpu_percent >= 20 and not OURS.search(command):
            entry = others.setdefault(command[:150], [0, 0.0])
            entry[0] += 1
            entry[1] = max(entry[1], cpu_percent)
add("Other processes seen using 20%% of a core or more during the run (`top` every 10 s, %d samples):" % samples)
add("")
if others:
    add("| samples | max %CPU | command |")
    add("|---|---|---|")
    for command, (count, peak) in sorted(others.items(), key=lambda kv: -kv[1][0])[:15]:
        add("| %d | %.0f | `%s` |" % (count, peak, command.replace("|", "/")))
else:
    add("none.")
add("")
add("Busiest processes at the start of the run (other developers' builds and tests share this machine):")
add("")
add("```")
add(load("top-start.txt") or "")
add("```")
profile = load("profile.txt")
if profile:
    add("")
    add("Profile of the throughput phase (JFR, `bench/lib/jfr_summary.py`):")
    add("")
    add("```")
    add(profile)
    add("```")
add("")
add("Raw figures: `bench/results/raw/` (LoadGenerator JSON, pgbench output, CPU snapshots).")

text = "\n".join(lines) + "\n"
with open(out, "w") as f:
    f.write(text)
print(text)
