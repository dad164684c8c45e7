#!/usr/bin/env python3
"""Bad-input sweep over every endpoint of API.md: malformed JSON, wrong types, huge strings, unicode, NUL
characters, injection strings, wrong ids, other tenants' ids, bad headers and query parameters.

    python3 bench/resilience/bad_input.py [--threads 4] [--keep] [--verbose]

Passes when no answer is a 5xx or a broken connection, every 4xx is problem+json without a stack trace, the
server's /healthcheck stays 200 throughout, and a set of requests whose answer API.md states (400, 401, 404, 413,
415, 422) get exactly that status. Answers 2xx are allowed (a name in Cyrillic is a fine name) and counted per
kind of input, so a reader can see what was accepted. Bounded: at most --timeout seconds (default 240)."""
import argparse
import base64
import collections
import http.client
import json
import os
import socket
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from harness import Api, Checks, Rig, create_organization, http_get, log, round_robin_scenario  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--threads", type=int, default=4)
parser.add_argument("--timeout", type=int, default=240)
parser.add_argument("--keep", action="store_true")
parser.add_argument("--verbose", action="store_true")
args = parser.parse_args()

checks = Checks("bad-input sweep")
deadline = time.time() + args.timeout

HUGE = "x" * 70000
BAD_VALUES = [
    ("null", None), ("true", True), ("zero", 0), ("negative", -1), ("big int", 2 ** 63), ("huge int", 10 ** 40),
    ("float", 1.5), ("max float", 1.7e308), ("empty string", ""), ("blank", "   "), ("huge string", HUGE),
    ("NUL", "\u0000"), ("embedded NUL", "a\u0000b"), ("emoji", "\U0001F4A5\U0001F9E8" * 300),
    ("RTL and combining", "\u202e\u0645\u0631\u062d\u0628\u0627 e\u0301\u200b"), ("lone surrogate", "\ud800"),
    ("SQL injection", "' OR '1'='1' --"), ("SQL drop", "x'); DROP TABLE cases; --"),
    ("mustache", "{{#case}}{{/case}}{{{x}}}{{> partial}}{{7*7}}"), ("html", "<script>alert(1)</script>"),
    ("jndi", "${jndi:ldap://127.0.0.1:1/x}"), ("path traversal", "../../../../etc/passwd"),
    ("format string", "%s%s%s%n%x"), ("CRLF", "a\r\nX-Injected: 1"), ("empty array", []), ("empty object", {}),
    ("array of junk", [None, 1, "a", {}]), ("mongo operator", {"$gt": ""}), ("deep object", {"a": {"b": {"c": [1]}}}),
]
RAW_BODIES = [
    ("empty body", b""), ("open brace", b"{"), ("close brace", b"}"), ("truncated", b'{"a":'),
    ("open bracket", b"["), ("array", b"[]"), ("null", b"null"), ("number", b"123"), ("string", b'"str"'),
    ("true", b"true"), ("trailing comma", b'{"a":1,}'), ("single quotes", b"{'a':1}"), ("NaN", b'{"a":NaN}'),
    ("Infinity", b'{"a":Infinity}'), ("invalid UTF-8", b'{"a":"\xff\xfe"}'), ("UTF-16 bytes", b"\xff\xfe{\x00}\x00"),
    ("BOM", b"\xef\xbb\xbf{}"), ("escaped lone surrogate", b'{"a":"\\ud800"}'), ("escaped NUL key", b'{"\\u0000":1}'),
    ("raw NUL", b'{"a":"\x00"}'), ("deep arrays", b"[" * 100000), ("deep objects", b'{"a":' * 5000 + b"1" + b"}" * 5000),
    ("two documents", b'{"a":1}{"b":2}'), ("trailing garbage", b'{"a":1} garbage'), ("comment", b'/* c */ {"a":1}'),
    ("number overflow", b'{"a":1e999999}'), ("long number", b'{"a":' + b"9" * 100000 + b"}"),
    ("body over 1 MiB", b'{"x":"' + b"a" * (1 << 20) + b'"}'), ("many keys", b"{" + b",".join(
        b'"k%d":%d' % (i, i) for i in range(50000)) + b"}"),
]
ID_VARIANTS = [
    ("empty-ish", "%20"), ("NUL", "%00"), ("dot dot", "..%2F..%2Fv1%2Forganization"), ("long", "a" * 5000),
    ("emoji", "%F0%9F%92%A5"), ("quote", "case_%27%20OR%201%3D1"), ("bad percent", "%zz"),
    ("overlong UTF-8", "%C0%AF"), ("semicolon", "x;y=1"), ("wildcard", "*"),
]


def leaf_paths(value, path=()):
    """Every path into a JSON value: objects' fields, arrays' first elements, and the value itself."""
    yield path
    if isinstance(value, dict):
        for k, v in value.items():
            yield from leaf_paths(v, path + (k,))
    elif isinstance(value, list) and value:
        yield from leaf_paths(value[0], path + (0,))


def replaced(value, path, new):
    if not path:
        return new
    copy = json.loads(json.dumps(value))
    target = copy
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = new
    return copy


def dotted(path):
    return "".join("[%d]" % p if isinstance(p, int) else ("." + p if i else p) for i, p in enumerate(path)) or "$"


class Sweep:
    def __init__(self, port, admin_port):
        self.port, self.admin_port = port, admin_port
        self.requests = []  # (kind, label, method, path, body bytes|None, headers, expected status|None)
        self.statuses = collections.Counter()
        self.accepted = collections.Counter()  # kind -> 2xx count
        self.failures = []  # 5xx, broken connections, stack traces
        self.not_problem = collections.OrderedDict()  # 4xx that are not problem+json: (kind, status, type) -> [n, e.g.]
        self.expectation_misses = []
        self.unhealthy = []
        self.lock = threading.Lock()
        self.done = 0

    def add(self, kind, label, method, path, body=None, headers=None, expect=None):
        self.requests.append((kind, label, method, path, body, headers or {}, expect))

    def json_body(self, kind, label, method, path, payload, headers=None, expect=None):
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8", "surrogatepass")
        self.add(kind, label, method, path, body, dict({"Content-Type": "application/json"}, **(headers or {})), expect)

    def send(self, conn_holder, request):
        kind, label, method, path, body, headers, expect = request
        for attempt in (1, 2):
            conn = conn_holder.get("conn")
            if conn is None:
                conn = conn_holder["conn"] = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            try:
                conn.putrequest(method, path, skip_accept_encoding=True)
                for name, value in headers.items():
                    conn.putheader(name, value)
                if body is not None:
                    conn.putheader("Content-Length", str(len(body)))
                conn.endheaders(body)
                response = conn.getresponse()
                data = response.read()
                if (response.getheader("Connection") or "").lower() == "close":
                    conn.close()
                    conn_holder["conn"] = None
                return response.status, response.getheader("Content-Type") or "", data, None
            except (OSError, http.client.HTTPException) as e:
                conn.close()
                conn_holder["conn"] = None
                if attempt == 2:
                    return None, "", b"", "%s: %s" % (type(e).__name__, e)

    def record(self, request, status, content_type, data, error):
        kind, label, method, path, body, headers, expect = request
        shown = "%s %s [%s: %s]" % (method, path[:160], kind, label)
        with self.lock:
            self.done += 1
            self.statuses[status or "error"] += 1
            if error:
                self.failures.append("%s -> connection error %s" % (shown, error))
            elif status >= 500:
                self.failures.append("%s -> %s %s" % (shown, status, data[:300]))
            elif status >= 400:
                text = data.decode("utf-8", "replace")
                if "\tat " in text or "Exception" in text:
                    self.failures.append("%s -> %s with a stack trace: %s" % (shown, status, text[:300]))
                if "problem+json" not in content_type or '"code"' not in text:
                    title = text.split("<title>")[1].split("</title>")[0] if "<title>" in text else text[:80]
                    key = (kind, status, content_type.split(";")[0], title)
                    entry = self.not_problem.setdefault(key, [0, shown])
                    entry[0] += 1
            else:
                self.accepted[kind] += 1
                if args.verbose:
                    log("accepted %s -> %s" % (shown, status))
            if expect is not None and status != expect:
                self.expectation_misses.append("%s -> %s, API.md says %s: %s" % (
                    shown, status, expect, data[:200].decode("utf-8", "replace")))

    def health(self):
        try:
            status, _, body = http_get("127.0.0.1", self.admin_port, "/healthcheck", timeout=10)
        except OSError as e:
            status, body = None, str(e).encode()
        if status != 200:
            with self.lock:
                self.unhealthy.append("after %d requests: %s %s" % (self.done, status, body[:200]))

    def run(self, threads):
        queue = list(reversed(self.requests))
        queue_lock = threading.Lock()

        def worker():
            holder = {}
            while time.time() < deadline:
                with queue_lock:
                    if not queue:
                        return
                    request = queue.pop()
                self.record(request, *self.send(holder, request))
            if holder.get("conn"):
                holder["conn"].close()

        def monitor():
            while any(w.is_alive() for w in workers):
                self.health()
                time.sleep(1)

        workers = [threading.Thread(target=worker, daemon=True) for _ in range(threads)]
        for w in workers:
            w.start()
        watcher = threading.Thread(target=monitor, daemon=True)
        watcher.start()
        for w in workers:
            w.join(max(1, deadline - time.time()))
        watcher.join(5)
        return len(queue)


def raw_http(port, data, timeout=15):
    """Sends bytes as they are; returns the status line (or the error)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
            s.sendall(data)
            answer = s.recv(4096).decode("latin-1")
            return answer.split("\r\n", 1)[0]
    except OSError as e:
        return "error: %s" % e


with Rig("input", keep=args.keep) as rig:
    server = rig.servers[0]
    a = rig.api
    mine = rig.scenario
    staff, team, workflow = mine["staff"][0], mine["team"], mine["workflow"]
    case = a.post("/v1/cases", {"case_type": "bench", "subject": {"name": "Fuzz"}})["id"]
    time.sleep(1)
    run = a.get("/v1/workflow-runs?case_id=" + case)["data"][0]["id"]
    # the other tenant
    _, other_key = create_organization(rig.db, name="Other")
    b = Api(server.http_port, other_key)
    theirs = round_robin_scenario(b, tag="other")
    their_case = b.post("/v1/cases", {"case_type": "bench"})["id"]
    time.sleep(1)
    their_run = b.get("/v1/workflow-runs?case_id=" + their_case)["data"][0]["id"]
    their = {"stf": theirs["staff"][0], "team": theirs["team"], "case": their_case, "wfl": theirs["workflow"],
             "wfr": their_run}
    auth = {"Authorization": "Bearer " + a.key}
    # untouched by the sweep's mutations (which resolve cases and unpublish workflows): the requests whose answer
    # API.md states use these
    pristine_case = a.post("/v1/cases", {"case_type": "pristine"})["id"]
    pristine = {"case": pristine_case, "wfl": workflow, "team": team, "stf": staff}
    sweep = Sweep(server.http_port, server.admin_port)

    definition = {"name": "Fuzz flow", "trigger": {"event": "case.created", "case_types": ["fuzz"]},
                  "steps": [{"id": "assign", "type": "assign_case", "continue_on_error": False,
                             "when": {"field": "case.priority", "op": "eq", "value": "high"},
                             "config": {"case": "trigger.case", "assignee_type": "team", "assignee_id": team,
                                        "team_strategy": "round_robin"}}]}
    bodies = [  # method, path template, a valid body
        ("POST", "/v1/staff-members", {"email": "fuzz@example.com", "name": "Fuzz"}),
        ("PATCH", "/v1/staff-members/{stf}", {"name": "Fuzz", "availability": "available", "status": "active",
                                              "max_active_cases": 5}),
        ("POST", "/v1/teams", {"name": "Fuzz team", "member_ids": [staff]}),
        ("PATCH", "/v1/teams/{team}", {"name": "Fuzz team", "member_ids": [staff]}),
        ("POST", "/v1/cases", {"case_type": "fuzz", "priority": "high",
                               "subject": {"reference_id": "r-1", "name": "Ada", "email": "ada@example.com"},
                               "attributes": {"country": "GB", "risk_score": 87}, "tags": ["ato"]}),
        ("PATCH", "/v1/cases/{case}", {"status": "resolved", "resolution": "approved", "priority": "low",
                                       "tags": ["x"], "attributes": {"a": 1}}),
        ("POST", "/v1/cases/{case}/assign", {"assignee_type": "team", "assignee_id": team,
                                             "team_strategy": "least_loaded"}),
        ("POST", "/v1/cases/{case}/unassign", {}),
        ("POST", "/v1/workflows", definition),
        ("PUT", "/v1/workflows/{wfl}/draft", {k: definition[k] for k in ("name", "trigger", "steps")}),
        ("POST", "/v1/workflows/{wfl}/publish", {}),
        ("POST", "/v1/workflows/{wfl}/unpublish", {}),
        ("POST", "/v1/workflows/{wfl}/runs", {"case_id": case}),
    ]
    ids = {"stf": staff, "team": team, "case": case, "wfl": workflow, "wfr": run}
    gets = ["/v1/organization", "/v1/staff-members", "/v1/staff-members/{stf}", "/v1/teams", "/v1/teams/{team}",
            "/v1/cases", "/v1/cases/{case}", "/v1/cases/{case}/events", "/v1/workflows", "/v1/workflows/{wfl}",
            "/v1/workflows/{wfl}/versions", "/v1/workflows/{wfl}/versions/1", "/v1/workflow-runs",
            "/v1/workflow-runs/{wfr}", "/v1/notifications", "/v1/openapi.json"]

    def fill(template, values=ids):
        return template.format(**values)

    # 1. bodies: raw malformed documents, then every field of a valid body replaced by every bad value
    for method, template, valid in bodies:
        path = fill(template)
        for label, raw in RAW_BODIES:
            sweep.add("malformed JSON", label, method, path, raw, dict(auth, **{"Content-Type": "application/json"}))
        for field_path in leaf_paths(valid):
            for label, value in BAD_VALUES:
                sweep.json_body("field value", "%s = %s" % (dotted(field_path), label), method, path,
                                replaced(valid, field_path, value), auth)
        takes_body = not template.endswith(("/publish", "/unpublish", "/unassign"))
        if isinstance(valid, dict):
            for field in ("unknown_field", "id", "version", "created_at", "organization_id", "\u0000", "x" * 5000):
                sweep.json_body("unknown field", field[:20], method, path, dict(valid, **{field: 1}), auth,
                                expect=422 if takes_body else None)
            for tenant_field, value in (("assignee_id", their["stf"]), ("assignee_id", their["team"]),
                                        ("member_ids", [their["stf"]]), ("case_id", their["case"])):
                if tenant_field in valid and not template.endswith("/runs"):
                    sweep.json_body("other tenant's id in body", tenant_field, method, fill(template, pristine),
                                    dict(valid, **{tenant_field: value}), auth, expect=422)
        # headers on a valid body
        body = json.dumps(valid).encode()
        for label, content_type in (("text/plain", "text/plain"), ("xml", "application/xml"),
                                    ("form", "application/x-www-form-urlencoded"), ("none", None),
                                    ("json-patch", "application/json-patch+json"), ("garbage", "%%%;;;")):
            headers = dict(auth)
            if content_type:
                headers["Content-Type"] = content_type
            sweep.add("content type", label, method, path, body, headers,
                      expect=415 if content_type not in (None, "%%%;;;") else None)
        for label, authorization in (("missing", None), ("empty bearer", "Bearer "), ("garbage", "Bearer garbage"),
                                     ("wrong secret", "Bearer " + a.key.split(".")[0] + ".wrong"),
                                     ("basic", "Basic dXNlcjpwYXNz"), ("huge", "Bearer " + "a" * 6000),
                                     ("unicode", "Bearer k\u00e9y")):
            headers = {"Content-Type": "application/json"}
            if authorization is not None:
                headers["Authorization"] = authorization.encode("utf-8").decode("latin-1")
            sweep.add("authorization", label, method, path, body, headers, expect=401 if label != "huge" else None)
        for label, key in (("empty", ""), ("too long", "k" * 256), ("unicode", "cl\u00e9".encode().decode("latin-1")),
                           ("injection", "'; DROP TABLE idempotency_keys; --")):
            sweep.add("idempotency key", label, method, path, body,
                      dict(auth, **{"Content-Type": "application/json", "Idempotency-Key": key}))
        if method in ("PATCH", "PUT"):
            for label, value in (("not quoted", "1"), ("garbage", "abc"), ("weak", 'W/"1"'), ("star", "*"),
                                 ("stale", '"999"'), ("negative", '"-1"'), ("overflow", '"99999999999999999999"'),
                                 ("empty", '""')):
                sweep.add("If-Match", label, method, path, body,
                          dict(auth, **{"Content-Type": "application/json", "If-Match": value}))
        # the other tenant's resource with this tenant's key, and ids that are wrong in other ways
        if "{" in template:
            for name in [n for n in ("stf", "team", "case", "wfl") if "{" + n + "}" in template]:
                sweep.json_body("other tenant's id in path", name, method, fill(template, dict(ids, **{name: their[name]})),
                                valid, auth, expect=404)
                for label, variant in ID_VARIANTS + [("wrong type", "case_0000" if name != "case" else "stf_0000"),
                                                     ("unknown", name + "_01aaaaaaaaaaaaaaaaaaaaaaaa")]:
                    sweep.json_body("wrong id in path", "%s %s" % (name, label), method,
                                    fill(template, dict(ids, **{name: variant})), valid, auth)

    # a manual run of the other tenant's case, on a published workflow of this one that the sweep leaves alone
    kept = a.post("/v1/workflows", dict(definition, name="Kept"), expect=201)["id"]
    a.post("/v1/workflows/%s/publish" % kept, {}, expect=200)
    sweep.json_body("other tenant's id in body", "case_id", "POST", "/v1/workflows/%s/runs" % kept,
                    {"case_id": their["case"]}, auth, expect=422)

    # team membership: PUT and DELETE /v1/teams/{id}/members/{staff_member_id}, no body
    for method in ("PUT", "DELETE"):
        template = "/v1/teams/{team}/members/{stf}"
        sweep.add("membership", "valid", method, fill(template), None, auth, expect=200)
        for name in ("team", "stf"):
            sweep.add("other tenant's id in path", name, method, fill(template, dict(ids, **{name: their[name]})),
                      None, auth, expect=404)
            for label, variant in ID_VARIANTS + [("wrong type", "case_0000")]:
                sweep.add("wrong id in path", "%s %s" % (name, label), method,
                          fill(template, dict(ids, **{name: variant})), None, auth)
        for label, raw in RAW_BODIES[:12]:
            sweep.add("malformed JSON", label, method, fill(template), raw,
                      dict(auth, **{"Content-Type": "application/json"}))
        sweep.add("authorization", "missing", method, fill(template), None, {}, expect=401)

    # 2. reads: wrong ids, the other tenant's ids, bad query parameters
    for template in gets:
        sweep.add("read", "valid", "GET", fill(template), None, auth, expect=200)
        for name in [n for n in ids if "{" + n + "}" in template]:
            sweep.add("other tenant's id in path", name, "GET", fill(template, dict(ids, **{name: their[name]})),
                      None, auth, expect=404)
            for label, variant in ID_VARIANTS:
                sweep.add("wrong id in path", "%s %s" % (name, label), "GET", fill(template, dict(ids, **{name: variant})),
                          None, auth)
        if template.endswith("/versions/1"):
            for n in ("0", "-1", "99999999999999999999", "abc", "1.5", "1e3", "%00", "2"):
                sweep.add("wrong id in path", "version " + n, "GET", fill(template)[:-1] + n, None, auth)
        sweep.add("authorization", "missing", "GET", fill(template), None, {},
                  expect=401 if template != "/v1/openapi.json" else 200)
        sweep.add("authorization", "other tenant", "GET", fill(template), None,
                  {"Authorization": "Bearer " + other_key}, expect=404 if "{" in template else None)
    cursor_junk = ["garbage", "%00", base64.urlsafe_b64encode(b"\x00\xff" * 10).decode(), "a" * 10000,
                   base64.urlsafe_b64encode(b'{"t":"9999-99-99","id":"x"}').decode(),
                   base64.urlsafe_b64encode(b"-999999999999|case_x").decode(),
                   base64.urlsafe_b64encode(b"99999999999999999999|x").decode(), "%F0%9F%92%A5"]
    queries = {
        "limit": ["0", "-1", "101", "abc", "1e3", "99999999999999999999", "%00", "1%00", "1.5", " 5"],
        "cursor": cursor_junk,
        "status": ["nope", "OPEN", "%00", "open%27%20OR%201%3D1"],
        "assignee_id": ["case_x", their["stf"], "%27%3B%20--", "%00", "a" * 5000, "stf_"],
        "case_type": ["UPPER", "a" * 100, "%00", "%27"],
        "workflow_id": ["x", their["wfl"], "%00"],
        "case_id": ["x", their["case"], "%00", "case_"],
    }
    for template in ("/v1/cases", "/v1/staff-members", "/v1/teams", "/v1/workflows", "/v1/workflow-runs",
                     "/v1/notifications", "/v1/cases/{case}/events", "/v1/workflows/{wfl}/versions"):
        for param, values in queries.items():
            for value in values:
                quoted = value if "%" in value else urllib.parse.quote(value, safe="")
                sweep.add("query parameter", "%s=%s" % (param, value[:20]), "GET",
                          "%s?%s=%s" % (fill(template), param, quoted), None, auth,
                          expect=422 if param == "limit" and value in ("0", "101", "abc") else None)
    # 3. methods an endpoint does not have
    for method, template in (("DELETE", "/v1/cases/{case}"), ("PATCH", "/v1/organization"),
                             ("POST", "/v1/workflow-runs"), ("PUT", "/v1/cases"), ("DELETE", "/v1/workflows/{wfl}"),
                             ("TRACE", "/v1/cases"), ("PATCH", "/v1/notifications"), ("FOO", "/v1/cases")):
        sweep.add("method", method, method, fill(template), b"{}", dict(auth, **{"Content-Type": "application/json"}))
    # 4. oversized headers and URLs
    sweep.add("size", "URL of 20 KB", "GET", "/v1/cases?case_type=" + "a" * 20000, None, auth)
    sweep.add("size", "header of 100 KB", "GET", "/v1/cases", None, dict(auth, **{"X-Big": "a" * 100000}))

    log("sending %d requests from %d threads" % (len(sweep.requests), args.threads))
    started = time.time()
    left = sweep.run(args.threads)
    log("%d requests in %.1f s (%d left at the deadline)" % (sweep.done, time.time() - started, left))

    # 5. what http.client cannot send: raw HTTP
    raw_cases = [
        ("Content-Length over 2 GiB", b"POST /v1/cases HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + a.key.encode()
         + b"\r\nContent-Type: application/json\r\nContent-Length: 3000000000\r\n\r\n{", "413"),
        ("chunked body over 1 MiB", b"POST /v1/cases HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + a.key.encode()
         + b"\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
         + (b"100000\r\n" + b"a" * 0x100000 + b"\r\n") + b"10\r\n" + b"b" * 16 + b"\r\n0\r\n\r\n", "413"),
        ("NUL in the request line", b"GET /v1/cases\x00 HTTP/1.1\r\nHost: x\r\n\r\n", None),
        ("garbage request line", b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 TLS hello\r\n\r\n", None),
        ("no Host header", b"GET /v1/organization HTTP/1.1\r\nAuthorization: Bearer " + a.key.encode() + b"\r\n\r\n", None),
        ("negative Content-Length", b"POST /v1/cases HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n", None),
    ]
    for label, data, expected in raw_cases:
        line = raw_http(server.http_port, data)
        parts = line.split(" ")
        status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        ok = status is not None and 400 <= status < 500 and (expected is None or parts[1] == expected)
        checks.check("raw HTTP, %s: a 4xx%s" % (label, " (%s)" % expected if expected else ""), ok, line)

    for _ in range(3):
        sweep.health()
    ping = http_get("127.0.0.1", server.admin_port, "/ping")[0]
    log("answers by status: %s" % dict(sorted(sweep.statuses.items(), key=lambda kv: str(kv[0]))))
    log("accepted (2xx) by kind of input: %s" % dict(sweep.accepted))
    checks.check("all %d requests sent before the deadline" % len(sweep.requests), left == 0, "%d left" % left)
    checks.check("no 5xx, no broken connection, no stack trace (%d requests)" % sweep.done, not sweep.failures,
                 "%d bad answers" % len(sweep.failures))
    groups = collections.OrderedDict()
    for failure in sweep.failures:
        groups.setdefault(failure.split(" -> ")[-1][:150], []).append(failure.split(" -> ")[0])
    for answer, requests in groups.items():
        print("    %d x -> %s\n        e.g. %s" % (len(requests), answer, requests[0]))
    checks.check("every 4xx is problem+json", not sweep.not_problem,
                 "%d not problem+json" % sum(v[0] for v in sweep.not_problem.values()))
    for (kind, status, content_type, title), (count, example) in sweep.not_problem.items():
        print("    %d x %s %s \"%s\" (%s), e.g. %s" % (count, status, content_type, title, kind, example))
    checks.check("/healthcheck 200 throughout (checked every second) and /ping 200 at the end",
                 not sweep.unhealthy and ping == 200, "; ".join(sweep.unhealthy[:3]))
    expected_total = sum(1 for r in sweep.requests if r[6] is not None)
    checks.check("answers API.md states (%d requests: 401, 404, 413, 415, 422...)" % expected_total,
                 not sweep.expectation_misses, "%d differ" % len(sweep.expectation_misses))
    for miss in sweep.expectation_misses[:40]:
        print("    " + miss)
    checks.check("the server process is still running", server.alive())

sys.exit(checks.finish())
