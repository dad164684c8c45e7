#!/usr/bin/env python3
"""kill -9 the server in the middle of a load of cases, start it again on the same database, and check that every
case ends assigned exactly once, every run finished, every email was sent.

    python3 bench/resilience/kill_restart.py [--cases 2000] [--kill-after 600] [--clients 8] [--keep]

The load comes from --clients threads, each case POSTed with its own Idempotency-Key and retried with the same key
until the server answers 201, as a careful client would (connection refused while the server is down; 409 while a
claim made by the killed process is still "in progress", which lasts a minute). Runs and email batches claimed by
the killed process stay locked only as long as its database connections, which end with it: they are taken over
at once by the restarted server: the emails the killed process held (locked in its open transaction at the kill) must
be sent within 30 s of the restart. The other emails only need to be sent in the end: how soon the backlog drains is
the sender's throughput on this machine, logged. Checks are read from the database and the API. Bounded: gives up after
--timeout seconds (default 300)."""
import argparse
import json
import os
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from harness import Checks, Rig, create_cases, log, psql, rows, wait_until  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--cases", type=int, default=2000)
parser.add_argument("--kill-after", type=int, default=600, help="kill once this many cases were created")
parser.add_argument("--clients", type=int, default=8)
parser.add_argument("--timeout", type=int, default=300)
parser.add_argument("--keep", action="store_true")
args = parser.parse_args()

checks = Checks("kill -9 and restart during a load of %d cases" % args.cases)
deadline = time.time() + args.timeout
env = {"CASEWORK_RUN_LEASE_SECONDS": "10", "CASEWORK_NOTIFY_BACKOFF_INITIAL_MS": "200",
       "CASEWORK_NOTIFY_BACKOFF_MAX_MS": "2000"}
EMAIL_DEADLINE = 30  # seconds after the restart, for every email the killed process held

with Rig("kill", env=env, keep=args.keep) as rig:
    server = rig.servers[0]
    result = {}
    loader = threading.Thread(target=lambda: result.update(zip(("ids", "errors"), create_cases(
        rig.api, args.cases, threads=args.clients, deadline_seconds=max(10, deadline - time.time() - 60)))),
        daemon=True)
    loader.start()
    wait_until(lambda: rig.count("SELECT count(*) FROM cases") >= args.kill_after, timeout=120, interval=0.05,
               what="%d cases before the kill" % args.kill_after)
    in_flight = rig.count("SELECT count(*) FROM workflow_runs WHERE status IN ('queued', 'running')")
    # the emails a sender holds: the pending ones this statement cannot lock (its own locks end with it)
    held = psql(rig.db, "WITH free AS (SELECT id FROM notifications WHERE status = 'pending' FOR UPDATE SKIP LOCKED) "
                        "SELECT string_agg(quote_literal(id), ',') FROM notifications "
                        "WHERE status = 'pending' AND id NOT IN (SELECT id FROM free)").strip()
    server.kill9()
    killed_at = time.time()
    created_at_kill = rig.count("SELECT count(*) FROM cases")
    log("killed the server (kill -9) with %d cases created, %d runs unfinished, %d emails received"
        % (created_at_kill, in_flight, len(rig.sink.snapshot())))
    time.sleep(1)
    server.start()
    restarted_at = time.time()
    log("restarted in %.1f s" % (restarted_at - killed_at))
    loader.join(max(1, deadline - time.time()))
    checks.check("the load finished before the deadline", not loader.is_alive())
    ids, errors = result.get("ids", []), result.get("errors", [])
    statuses = sorted({str(e[0]) for e in errors})
    log("%d cases created by the clients; retried answers: %s" % (len(ids), statuses))

    def settled():
        return (rig.count("SELECT count(*) FROM workflow_runs WHERE status IN ('queued', 'running')") == 0
                and rig.count("SELECT count(*) FROM notifications WHERE status = 'pending'") == 0
                and rig.count("SELECT count(*) FROM cases WHERE assignee_id IS NULL") == 0)

    try:
        wait_until(settled, timeout=max(1, deadline - time.time()), interval=1, what="runs and emails to finish")
    except TimeoutError as e:
        log(str(e))
    settled_after = time.time() - killed_at

    db = rig.db
    total = rig.count("SELECT count(*) FROM cases")
    references = rig.count("SELECT count(DISTINCT subject->>'reference_id') FROM cases")
    checks.check("every request's case exists (%d reference ids)" % args.cases, references == args.cases,
                 "%d distinct reference ids" % references)
    duplicates = rig.count("SELECT count(*) FROM (SELECT 1 FROM cases GROUP BY subject->>'reference_id' "
                           "HAVING count(*) > 1) d")
    if duplicates:
        for line in psql(db, "SELECT subject->>'reference_id', id, created_at, version FROM cases WHERE "
                             "subject->>'reference_id' IN (SELECT subject->>'reference_id' FROM cases GROUP BY 1 "
                             "HAVING count(*) > 1) ORDER BY 1, created_at").splitlines():
            log("  duplicate: " + line)
        conflicts = [e for e in errors if e[0] == 409]
        if conflicts:
            log("  a retry answered 409 (%d times), e.g. %s" % (len(conflicts), json.dumps(conflicts[0][1])))
    checks.check("no case created twice by a retry with the same Idempotency-Key", duplicates == 0,
                 "%d reference ids have more than one case: the killed process had committed the case but not "
                 "stored the response; its claim was taken over after 1 minute and the POST ran again"
                 % duplicates if duplicates else "")
    checks.check("every case assigned", rig.count("SELECT count(*) FROM cases WHERE assignee_id IS NULL") == 0,
                 "%d unassigned of %d" % (rig.count("SELECT count(*) FROM cases WHERE assignee_id IS NULL"), total))
    twice = rig.count("SELECT count(*) FROM (SELECT case_id FROM case_events WHERE type = 'case.assigned' "
                      "GROUP BY case_id HAVING count(*) > 1) t")
    missing = rig.count("SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM case_events e "
                        "WHERE e.case_id = c.id AND e.type = 'case.assigned')")
    checks.check("exactly one case.assigned event per case (database)", twice == 0 and missing == 0,
                 "%d with more than one, %d with none" % (twice, missing))
    # the same through the API, for every case: GET /v1/cases/{id}/events
    api_bad = []
    case_ids = [r for r in (x.strip() for x in psql(db, "SELECT id FROM cases").splitlines()) if r]
    lock = threading.Lock()

    def read_events(chunk):
        api = rig.api_for(server)
        for case_id in chunk:
            events = api.get("/v1/cases/%s/events?limit=100" % case_id)["data"]
            assigned = [e for e in events if e["type"] == "case.assigned"]
            if len(assigned) != 1:
                with lock:
                    api_bad.append((case_id, len(assigned)))
        api.close()

    threads = [threading.Thread(target=read_events, args=(case_ids[i::8],)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    checks.check("exactly one case.assigned event per case (GET /v1/cases/{id}/events, %d cases)" % len(case_ids),
                 not api_bad, "%s" % api_bad[:5] if api_bad else "")
    runs = rig.count("SELECT count(*) FROM workflow_runs")
    unfinished = rig.count("SELECT count(*) FROM workflow_runs WHERE status <> 'succeeded'")
    checks.check("one run per case, every run succeeded", runs == total and unfinished == 0,
                 "%d runs for %d cases, %d not succeeded" % (runs, total, unfinished))
    step_rows = rig.count("SELECT count(*) FROM workflow_run_steps")
    checks.check("one step result per run", step_rows == runs, "%d step results" % step_rows)
    notifications = rig.count("SELECT count(*) FROM notifications")
    sent = rig.count("SELECT count(*) FROM notifications WHERE status = 'sent'")
    checks.check("one email notification per case, all sent", notifications == total and sent == total,
                 "%d notifications, %d sent" % (notifications, sent))
    received = rig.sink.snapshot()
    ids_received = {m["message_id"].strip("<>").split("@")[0] for m in received if m["message_id"]}
    expected = set(psql(db, "SELECT id FROM notifications").split())
    checks.check("every notification's email reached the SMTP sink", expected <= ids_received,
                 "%d of %d missing" % (len(expected - ids_received), len(expected)))
    resent = len(received) - len(ids_received)
    log("emails received %d, distinct %d (resent after the crash, allowed by at-least-once: %d)"
        % (len(received), len(ids_received), resent))
    per_member = rows(db, "SELECT assignee_id, count(*) FROM cases GROUP BY 1 ORDER BY 2")
    counts = [int(c) for _, c in per_member]
    checks.check("round robin stays exact across the crash (shares differ by at most 1)",
                 len(counts) == 3 and counts[-1] - counts[0] <= 1, json.dumps(per_member))
    for status_filter in ("queued", "running"):
        left = rig.api.get("/v1/workflow-runs?status=%s&limit=1" % status_filter)["data"]
        checks.check("GET /v1/workflow-runs?status=%s is empty" % status_filter, not left, json.dumps(left)[:200])
    restart = "to_timestamp(%.3f)" % restarted_at
    held_ids = held or "NULL"
    late = rows(db, "SELECT id, status, round(extract(epoch FROM coalesce(sent_at, now()) - %s)::numeric, 1) "
                    "FROM notifications WHERE id IN (%s) AND (status <> 'sent' OR sent_at > %s + interval "
                    "'%d seconds') ORDER BY 3 DESC" % (restart, held_ids, restart, EMAIL_DEADLINE))
    checks.check("every email the killed process held (%d) sent within %d s of the restart"
                 % (held.count(",") + 1 if held else 0, EMAIL_DEADLINE),
                 not late, "%d late, e.g. %s" % (len(late), json.dumps(late[:3])) if late else "")
    log("the emails the killed process held were sent %s s after the restart at the latest; the last of the %d "
        "queued before the restart, %s s after it (the backlog's drain)" % (
            psql(db, "SELECT round(extract(epoch FROM max(sent_at) - %s)::numeric, 1) FROM notifications "
                     "WHERE id IN (%s)" % (restart, held_ids)),
            rig.count("SELECT count(*) FROM notifications WHERE created_at < %s" % restart),
            psql(db, "SELECT round(extract(epoch FROM max(sent_at) - %s)::numeric, 1) FROM notifications "
                     "WHERE created_at < %s" % (restart, restart))))
    left = rig.api.get("/v1/notifications?status=pending&limit=1")["data"]
    checks.check("GET /v1/notifications?status=pending is empty", not left, json.dumps(left)[:200])
    # what the killed process cost: how long the runs and emails it held waited
    slowest_run = psql(db, "SELECT round(extract(epoch FROM max(finished_at - created_at))::numeric, 1) "
                           "FROM workflow_runs")
    slowest_email = psql(db, "SELECT round(extract(epoch FROM max(sent_at - created_at))::numeric, 1) "
                             "FROM notifications")
    log("slowest run: %s s from queued to finished; slowest email: %s s from queued to sent" % (slowest_run,
                                                                                                 slowest_email))
    status, body = server.healthcheck()
    checks.check("healthcheck after the restart", status == 200, body.decode()[:200])
    log("settled %.1f s after the kill" % settled_after)

sys.exit(checks.finish())
