#!/usr/bin/env python3
"""A webhook receiver goes down for a while under load, then comes back: every event must arrive, signed, in order.

    python3 bench/resilience/webhook_outage.py [--before 100] [--during 200] [--outage 15] [--keep]

Two server processes share the database, so two webhook senders claim from one outbox. Cases are created and
assigned by the round-robin workflow; the endpoint subscribes to case.created and case.assigned. While the receiver
is down (its listening socket closed) every attempt fails at once and is retried with backoff, shortened for the
test (CASEWORK_WEBHOOKS_BACKOFF_INITIAL_MS=200, _MAX_MS=2000, _MAX_ATTEMPTS=60). Checks: every queued event arrived
with a valid Casework-Signature (HMAC-SHA256 of "t.body" with the endpoint's secret), none twice, none failed, and
each case's created before its assigned. Bounded: gives up after --timeout seconds (default 240)."""
import argparse
import hashlib
import hmac
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from harness import Checks, Rig, create_cases, free_port, log, psql, wait_until  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--before", type=int, default=100, help="cases created while the receiver is up")
parser.add_argument("--during", type=int, default=200, help="cases created while it is down")
parser.add_argument("--outage", type=float, default=15, help="seconds the receiver stays down")
parser.add_argument("--timeout", type=int, default=240)
parser.add_argument("--keep", action="store_true")
args = parser.parse_args()


class Receiver:
    """Records every POST: (event id header, signature valid, body type, case id); stop() closes its socket."""

    def __init__(self):
        self.port = free_port()
        self.secret = None
        self.received = []
        self.lock = threading.Lock()
        self.httpd = None

    def start(self):
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                parts = dict(p.split("=", 1) for p in self.headers.get("Casework-Signature", "").split(",") if "=" in p)
                expected = hmac.new(receiver.secret.encode(), parts.get("t", "").encode() + b"." + body,
                                    hashlib.sha256).hexdigest()
                event = json.loads(body)
                with receiver.lock:
                    receiver.received.append({
                        "id": self.headers.get("Casework-Event-Id"), "body_id": event["id"],
                        "valid": hmac.compare_digest(expected, parts.get("v1", "")),
                        "type": event["type"], "case": event["data"]["id"]})
                self.send_response(204)
                self.end_headers()

            def log_message(self, *a):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    def snapshot(self):
        with self.lock:
            return list(self.received)


checks = Checks("webhook receiver down for %.0f s, then up, two senders" % args.outage)
deadline = time.time() + args.timeout
env = {"CASEWORK_WEBHOOKS_ALLOW_INSECURE": "true", "CASEWORK_WEBHOOKS_BACKOFF_INITIAL_MS": "200",
       "CASEWORK_WEBHOOKS_BACKOFF_MAX_MS": "2000", "CASEWORK_WEBHOOKS_MAX_ATTEMPTS": "60"}
receiver = Receiver()
receiver.start()

with Rig("webhooks", servers=2, env=env, keep=args.keep) as rig:
    def pending():
        return rig.count("SELECT count(*) FROM webhook_deliveries WHERE status = 'pending'")

    endpoint = rig.api.post("/v1/webhook-endpoints", {"url": "http://127.0.0.1:%d/hooks" % receiver.port,
                                                      "events": ["case.created", "case.assigned"]})
    receiver.secret = endpoint["secret"]
    create_cases(rig.api, args.before, threads=4, case_type="bench")
    wait_until(lambda: len(receiver.snapshot()) >= 2 * args.before, timeout=60, what="the first events")
    log("%d events received with the receiver up; taking it down for %.0f s" % (len(receiver.snapshot()), args.outage))

    receiver.stop()
    down_at = time.time()
    create_cases(rig.api_for(rig.servers[1]), args.during, threads=4, case_type="bench", first=args.before)
    time.sleep(max(0, args.outage - (time.time() - down_at)))
    during = pending()
    retried = rig.count("SELECT count(*) FROM webhook_deliveries WHERE attempts > 0 AND status = 'pending'")
    log("after %.0f s down: %d deliveries pending, %d of them tried and failed already"
        % (time.time() - down_at, during, retried))
    checks.check("events queued while the receiver was down", during >= args.during, "%d pending" % during)

    receiver.start()
    up_at = time.time()
    try:
        wait_until(lambda: pending() == 0, timeout=max(1, deadline - time.time()), interval=0.5,
                   what="the queued events to be delivered")
    except TimeoutError as e:
        log(str(e))
    log("all queued events delivered %.1f s after the receiver came back" % (time.time() - up_at))

    total = 2 * (args.before + args.during)
    delivered = rig.count("SELECT count(*) FROM webhook_deliveries WHERE status = 'delivered'")
    failed = rig.count("SELECT count(*) FROM webhook_deliveries WHERE status = 'failed'")
    checks.check("two deliveries per case (created, assigned), all delivered, none failed",
                 delivered == total and failed == 0, "%d delivered of %d, %d failed" % (delivered, total, failed))
    received = receiver.snapshot()
    expected = set(psql(rig.db, "SELECT event_id FROM webhook_deliveries").split())
    distinct = {r["id"] for r in received}
    checks.check("every event arrived at the receiver", expected <= distinct,
                 "%d of %d missing" % (len(expected - distinct), len(expected)))
    checks.check("no event arrived twice", len(received) == len(distinct),
                 "%d received, %d distinct" % (len(received), len(distinct)))
    checks.check("every signature valid, every Casework-Event-Id the body's id",
                 all(r["valid"] and r["id"] == r["body_id"] for r in received),
                 "%d invalid" % sum(1 for r in received if not r["valid"] or r["id"] != r["body_id"]))
    first_seen = {}
    for r in received:
        first_seen.setdefault(r["case"], []).append(r["type"])
    checks.check("each case's created arrived before its assigned",
                 all(types[:2] == ["case.created", "case.assigned"] for types in first_seen.values()),
                 "%d cases out of order" % sum(1 for t in first_seen.values()
                                               if t[:2] != ["case.created", "case.assigned"]))

receiver.stop()
sys.exit(checks.finish())
