#!/usr/bin/env python3
"""The SMTP server goes down for a while under load, then comes back: every email must arrive.

    python3 bench/resilience/smtp_outage.py [--before 200] [--during 300] [--outage 20] [--keep]

Cases are assigned by the round-robin workflow throughout. The sink refuses connections while it is down (its
listening socket is closed), so every attempt fails at once and is retried with backoff. Retries are shortened
for the test (CASEWORK_NOTIFY_BACKOFF_INITIAL_MS=200, _MAX_MS=2000, CASEWORK_NOTIFY_MAX_ATTEMPTS=60: about two
minutes of retrying before an email would be marked failed); the defaults (1 s doubling to 5 min, 10 attempts)
ride out an outage of about 4 minutes on average (full jitter: waits drawn up to 1, 2, 4 ... 256 s; at most 8.5 min). Bounded: gives up after --timeout seconds (default 240)."""
import argparse
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from harness import Checks, Rig, create_cases, http_get, log, psql, wait_until  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--before", type=int, default=200, help="cases created while the sink is up")
parser.add_argument("--during", type=int, default=300, help="cases created while it is down")
parser.add_argument("--outage", type=float, default=20, help="seconds the sink stays down")
parser.add_argument("--timeout", type=int, default=240)
parser.add_argument("--keep", action="store_true")
args = parser.parse_args()

checks = Checks("SMTP server down for %.0f s, then up" % args.outage)
deadline = time.time() + args.timeout
env = {"CASEWORK_NOTIFY_BACKOFF_INITIAL_MS": "200", "CASEWORK_NOTIFY_BACKOFF_MAX_MS": "2000",
       "CASEWORK_NOTIFY_MAX_ATTEMPTS": "60"}

with Rig("smtp", env=env, keep=args.keep) as rig:
    server = rig.servers[0]

    def pending():
        return rig.count("SELECT count(*) FROM notifications WHERE status = 'pending'")

    ids, _ = create_cases(rig.api, args.before, threads=4, case_type="bench")
    wait_until(lambda: len(rig.sink.snapshot()) >= args.before, timeout=60, what="the first emails")
    log("%d emails received with the sink up; taking it down for %.0f s" % (len(rig.sink.snapshot()), args.outage))

    rig.sink.stop()
    down_at = time.time()
    ids2, _ = create_cases(rig.api, args.during, threads=4, case_type="bench", first=args.before)
    # the health check probes the SMTP server; /ping does not
    time.sleep(2)
    health_status, _, health_body = http_get("127.0.0.1", server.admin_port, "/healthcheck")
    ping_status, _, _ = http_get("127.0.0.1", server.admin_port, "/ping")
    log("during the outage: /healthcheck %s %s" % (health_status, health_body.decode()[:160]))
    checks.check("/ping answers 200 during the outage", ping_status == 200, str(ping_status))
    checks.check("/healthcheck reports the SMTP outage (not 200)", health_status != 200, str(health_status))
    retried = rig.count("SELECT count(*) FROM notifications WHERE attempts > 0 AND status = 'pending'")
    time.sleep(max(0, args.outage - (time.time() - down_at)))
    during = pending()
    attempts_max = int(psql(rig.db, "SELECT coalesce(max(attempts), 0) FROM notifications") or 0)
    log("after %.0f s down: %d emails pending, %d of them tried and failed already, most attempts %d"
        % (time.time() - down_at, during, retried, attempts_max))
    checks.check("emails queued while the SMTP server was down", during >= args.during * 0.9,
                 "%d pending" % during)

    rig.sink.start()
    up_at = time.time()
    try:
        wait_until(lambda: pending() == 0, timeout=max(1, deadline - time.time()), interval=0.5,
                   what="the queued emails to be sent")
    except TimeoutError as e:
        log(str(e))
    drained = time.time() - up_at
    log("all queued emails sent %.1f s after the sink came back" % drained)

    total = args.before + args.during
    failed = rig.count("SELECT count(*) FROM notifications WHERE status = 'failed'")
    sent = rig.count("SELECT count(*) FROM notifications WHERE status = 'sent'")
    notifications = rig.count("SELECT count(*) FROM notifications")
    checks.check("one notification per case, all sent, none failed",
                 notifications == total and sent == total and failed == 0,
                 "%d notifications, %d sent, %d failed, %d pending" % (notifications, sent, failed, pending()))
    received = rig.sink.snapshot()
    distinct = {m["message_id"] for m in received}
    expected = {"<%s@casework>" % i for i in psql(rig.db, "SELECT id FROM notifications").split()}
    checks.check("every email arrived at the SMTP server", expected <= distinct,
                 "%d of %d missing" % (len(expected - distinct), len(expected)))
    checks.check("no email arrived twice", len(received) == len(distinct),
                 "%d received, %d distinct" % (len(received), len(distinct)))
    checks.check("every case assigned", rig.count("SELECT count(*) FROM cases WHERE assignee_id IS NULL") == 0)
    wait_until(lambda: server.healthcheck()[0] == 200, timeout=30, what="a healthy healthcheck")
    checks.check("/healthcheck healthy again once the SMTP server is back", server.healthcheck()[0] == 200)
    log("drain took %.1f s" % drained)

sys.exit(checks.finish())
