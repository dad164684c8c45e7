#!/usr/bin/env python3
"""Two server processes on one database under load: no step or email done twice, and the round robin exact.

    python3 bench/resilience/two_servers.py [--cases 2000] [--clients 8] [--keep]

Half the clients talk to each server; both run workflow workers and email senders against the same tables. Each
process gets a pool of 16 connections (the local PostgreSQL allows 100 in all and is shared). Checks: one run
per case, one step result per run, one case.assigned event per case, one email per notification received by the
SMTP sink (no duplicates), both processes ran runs (the connections holding the team's lock, sampled while the load ran and
mapped to processes by their ports), and the
rotation exact: in commit order, every assignment goes to the member after the previous one. Bounded by
--timeout seconds (default 240)."""
import argparse
import os
import re
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from harness import Checks, Rig, create_cases, log, psql, rows, wait_until  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--cases", type=int, default=2000)
parser.add_argument("--clients", type=int, default=8)
parser.add_argument("--timeout", type=int, default=240)
parser.add_argument("--keep", action="store_true")
args = parser.parse_args()

checks = Checks("two server processes on one database, %d cases" % args.cases)
deadline = time.time() + args.timeout
config = "database:\n  maxConnections: 16\n"

with Rig("two", servers=2, config=config, keep=args.keep) as rig:
    a, b = rig.servers
    claimers, port_owners, stop = set(), {}, threading.Event()

    def sample_claimers():
        # a run is claimed, executed and finished in one transaction, so no other session ever sees its owner: watch
        # which connections hold the team's lock instead (only a run's assignment takes it in this load), and map
        # them to processes through their local ports
        while not stop.is_set():
            for (port,) in rows(rig.db, "SELECT DISTINCT a.client_port FROM pg_locks l JOIN pg_stat_activity a "
                                        "USING (pid) WHERE l.relation = 'teams'::regclass "
                                        "AND a.pid <> pg_backend_pid()"):
                claimers.add(int(port))
            if not claimers <= port_owners.keys():
                port_owners.update(process_of_port())
            time.sleep(0.1)

    def process_of_port():
        out = subprocess.run(["ss", "-tnpH", "state", "established"], capture_output=True, text=True).stdout
        found = {}
        for line in out.splitlines():
            # Java's sockets are dual-stack: ss shows [::ffff:127.0.0.1]:port
            match = re.search(r"(?:\[::ffff:)?127\.0\.0\.1\]?:(\d+)\s+(?:\[::ffff:)?127\.0\.0\.1\]?:5432\s+"
                              r"users:\(\(\"java\",pid=(\d+)", line)
            if match:
                found[int(match.group(1))] = int(match.group(2))
        return found

    sampler = threading.Thread(target=sample_claimers, daemon=True)
    sampler.start()
    results = [None, None]
    half = args.cases // 2

    def load(index, server, first, count):
        results[index] = create_cases(rig.api_for(server), count, threads=max(1, args.clients // 2),
                                      deadline_seconds=max(10, deadline - time.time() - 60), first=first)

    loaders = [threading.Thread(target=load, args=(0, a, 0, half)),
               threading.Thread(target=load, args=(1, b, half, args.cases - half))]
    for t in loaders:
        t.start()
    for t in loaders:
        t.join(max(1, deadline - time.time()))
    created = sum(len(r[0]) for r in results if r)
    log("%d cases created through two servers" % created)

    def settled():
        return (rig.count("SELECT count(*) FROM workflow_runs WHERE status IN ('queued', 'running')") == 0
                and rig.count("SELECT count(*) FROM notifications WHERE status = 'pending'") == 0)

    try:
        wait_until(settled, timeout=max(1, deadline - time.time()), interval=0.5, what="runs and emails to finish")
    except TimeoutError as e:
        log(str(e))
    stop.set()
    sampler.join(5)

    total = rig.count("SELECT count(*) FROM cases")
    checks.check("every case created", created == args.cases and total == args.cases,
                 "%d created, %d in the table" % (created, total))
    checks.check("every case assigned", rig.count("SELECT count(*) FROM cases WHERE assignee_id IS NULL") == 0)
    runs = rig.count("SELECT count(*) FROM workflow_runs")
    per_case = rig.count("SELECT count(*) FROM (SELECT case_id FROM workflow_runs GROUP BY 1 HAVING count(*) > 1) x")
    checks.check("one run per case, all succeeded",
                 runs == total and per_case == 0
                 and rig.count("SELECT count(*) FROM workflow_runs WHERE status <> 'succeeded'") == 0,
                 "%d runs, %d cases with more than one" % (runs, per_case))
    checks.check("one step result per run (no step done twice)",
                 rig.count("SELECT count(*) FROM workflow_run_steps") == runs)
    twice = rig.count("SELECT count(*) FROM (SELECT case_id FROM case_events WHERE type = 'case.assigned' "
                      "GROUP BY 1 HAVING count(*) <> 1) x")
    checks.check("exactly one case.assigned event per case", twice == 0 and
                 rig.count("SELECT count(*) FROM case_events WHERE type = 'case.assigned'") == total)
    notifications = rig.count("SELECT count(*) FROM notifications")
    sent = rig.count("SELECT count(*) FROM notifications WHERE status = 'sent'")
    checks.check("one notification per case, all sent", notifications == total and sent == total,
                 "%d notifications, %d sent" % (notifications, sent))
    wait_until(lambda: len(rig.sink.snapshot()) >= notifications, timeout=10, what="the last emails")
    received = rig.sink.snapshot()
    distinct = {m["message_id"] for m in received}
    expected = {"<%s@casework>" % i for i in psql(rig.db, "SELECT id FROM notifications").split()}
    checks.check("every email received", expected <= distinct, "%d missing" % len(expected - distinct))
    checks.check("no email sent twice", len(received) == len(distinct),
                 "%d received, %d distinct" % (len(received), len(distinct)))
    processes = {port_owners[p] for p in claimers if p in port_owners}
    log("connections seen holding the team lock: %d; their processes: %s; the servers: %s"
        % (len(claimers), sorted(processes), [a.pid, b.pid]))
    checks.check("both processes ran workflow runs", {a.pid, b.pid} <= processes,
                 "%d connections seen holding the team lock, of processes %s" % (len(claimers), sorted(processes)))

    # the rotation: members in team order; in commit order (the timeline's seq, appended under the team's lock)
    # each case.assigned names the member after the previous one's
    order = psql(rig.db, "SELECT staff_member_id FROM team_members ORDER BY position").split()
    sequence = psql(rig.db, "SELECT data->'assignee'->>'id' FROM case_events WHERE type = 'case.assigned' "
                            "ORDER BY seq").split()
    breaks = [i for i in range(1, len(sequence))
              if order.index(sequence[i]) != (order.index(sequence[i - 1]) + 1) % len(order)]
    checks.check("round robin exact: each assignment goes to the next member in turn (%d assignments)"
                 % len(sequence), sequence and not breaks,
                 "%d out of turn, first at %s" % (len(breaks), breaks[:3]) if breaks else "")
    counts = rows(rig.db, "SELECT assignee_id, count(*) FROM cases GROUP BY 1 ORDER BY 2")
    log("cases per member: %s" % counts)
    for server in (a, b):
        status, body = server.healthcheck()
        checks.check("%s healthy at the end" % server.name, status == 200 and server.alive(), body.decode()[:120])

sys.exit(checks.finish())
