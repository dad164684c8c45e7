"""Black-box helpers shared by the benchmark and the resilience scripts (python3 standard library only).

Everything here talks to 127.0.0.1 only: the local PostgreSQL (through psql), the server jar it starts, and the
SMTP sink it runs. Every wait is bounded by a timeout.
"""
import http.client
import json
import os
import shutil
import signal
import socket
import socketserver
import subprocess
import sys
import threading
import time
import urllib.parse

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
JAR = os.path.join(ROOT, "server", "target", "casework.jar")
PG_HOST = os.environ.get("BENCH_PG_HOST", "127.0.0.1")
PG_PORT = os.environ.get("BENCH_PG_PORT", "5432")
PG_USER = os.environ.get("BENCH_PG_USER", "postgres")


def log(*parts):
    print(time.strftime("%H:%M:%S"), *parts, file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ensure_jar():
    """Builds the jar if it is missing and returns a private copy of it to run. Other developers on this machine
    stop their servers by name ("casework.jar"); a copy under another name keeps ours out of their way."""
    if not os.path.exists(JAR):
        log("building", JAR)
        subprocess.run(["mvn", "-o", "-B", "-q", "package", "-DskipTests"], cwd=ROOT, check=True)
    stat = os.stat(JAR)
    copy = "/tmp/cwb-jar-%d/app-%d-%d.jar" % (os.getuid(), stat.st_size, int(stat.st_mtime))
    if not os.path.exists(copy):
        os.makedirs(os.path.dirname(copy), exist_ok=True)
        shutil.copyfile(JAR, copy + ".tmp")
        os.replace(copy + ".tmp", copy)
    return copy


# ---------------------------------------------------------------------------------------------------------------
# PostgreSQL through psql

def psql(db, sql, timeout=600):
    """Runs SQL, returns the unaligned, tuples-only output (fields separated by '|')."""
    out = subprocess.run(["psql", "-h", PG_HOST, "-p", PG_PORT, "-U", PG_USER, "-d", db, "-v", "ON_ERROR_STOP=1",
                          "-X", "-Atq", "-c", sql], capture_output=True, text=True, timeout=timeout,
                         env=dict(os.environ, PGOPTIONS="-c client_min_messages=warning"))
    if out.returncode != 0:
        raise RuntimeError("psql failed on %s: %s" % (db, out.stderr.strip()))
    return out.stdout.strip()


def rows(db, sql):
    text = psql(db, sql)
    return [line.split("|") for line in text.splitlines()] if text else []


def create_database(name):
    drop_database(name)
    psql("postgres", "CREATE DATABASE %s" % name)


def drop_database(name):
    psql("postgres", "DROP DATABASE IF EXISTS %s WITH (FORCE)" % name)


def jdbc_url(db):
    return "jdbc:postgresql://%s:%s/%s" % (PG_HOST, PG_PORT, db)


# ---------------------------------------------------------------------------------------------------------------
# SMTP sink: just enough SMTP for javax.mail; it keeps every message it takes, with the time it took it

class SmtpSink:
    """A minimal SMTP server on 127.0.0.1. stop() closes the listening socket (connections are refused, as when
    the server is down); start() again on the same port brings it back."""

    def __init__(self, port=None, record_path=None):
        self.port = port or free_port()
        self.record_path = record_path
        self.messages = []  # dicts: time, message_id, to, subject
        self.lock = threading.Lock()
        self.server = None
        self.thread = None

    def start(self):
        sink = self

        class Handler(socketserver.StreamRequestHandler):
            timeout = 30
            # without it, a two-line reply waits for the client's delayed ACK: 40 ms per email
            disable_nagle_algorithm = True

            def reply(self, line):
                self.wfile.write((line + "\r\n").encode())
                self.wfile.flush()

            def handle(self):
                try:
                    self.reply("220 127.0.0.1 casework-bench-sink ESMTP")
                    recipients = []
                    while True:
                        raw = self.rfile.readline(65536)
                        if not raw:
                            return
                        command = raw.decode("utf-8", "replace").strip()
                        verb = command[:4].upper()
                        if verb in ("EHLO", "HELO"):
                            # one write for a multi-line reply, so it goes out as one segment
                            self.reply("250-127.0.0.1\r\n250 8BITMIME" if verb == "EHLO" else "250 127.0.0.1")
                        elif verb == "MAIL":
                            recipients = []
                            self.reply("250 OK")
                        elif verb == "RCPT":
                            recipients.append(command[8:].strip().strip("<>"))
                            self.reply("250 OK")
                        elif verb == "DATA":
                            self.reply("354 end with <CRLF>.<CRLF>")
                            lines = []
                            while True:
                                data = self.rfile.readline(1 << 20)
                                if not data or data in (b".\r\n", b".\n"):
                                    break
                                lines.append(data[1:] if data.startswith(b"..") else data)
                            sink._took(b"".join(lines), recipients)
                            self.reply("250 OK queued")
                        elif verb == "QUIT":
                            self.reply("221 bye")
                            return
                        elif verb in ("RSET", "NOOP"):
                            self.reply("250 OK")
                        else:
                            self.reply("502 command not implemented")
                except (OSError, ValueError):
                    return

        class Server(socketserver.ThreadingTCPServer):
            allow_reuse_address = True
            daemon_threads = True

        deadline = time.time() + 10
        while True:
            try:
                self.server = Server(("127.0.0.1", self.port), Handler)
                break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.2)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
        self.thread.start()
        return self

    def stop(self):
        if self.server:
            self.server.shutdown()
            self.server.server_close()
            self.server = None

    def _took(self, data, recipients):
        headers = {}
        for line in data.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace").splitlines():
            if ":" in line and not line[:1].isspace():
                key, value = line.split(":", 1)
                headers.setdefault(key.strip().lower(), value.strip())
        message = {"time": time.time(), "message_id": headers.get("message-id"), "to": recipients,
                   "subject": headers.get("subject")}
        with self.lock:
            self.messages.append(message)
            if self.record_path:
                with open(self.record_path, "a") as f:
                    f.write(json.dumps(message) + "\n")

    def snapshot(self):
        with self.lock:
            return list(self.messages)


# ---------------------------------------------------------------------------------------------------------------
# The server jar

class Server:
    """One `java -jar casework.jar server` process against an external PostgreSQL database."""

    def __init__(self, db, work_dir, name="server", smtp_port=None, env=None, java_opts=None, config=None):
        self.db = db
        self.name = name
        self.http_port = free_port()
        self.admin_port = free_port()
        self.data_dir = os.path.join(work_dir, name + "-data")
        self.log_path = os.path.join(work_dir, name + ".log")
        os.makedirs(self.data_dir, exist_ok=True)
        self.env = dict(os.environ)
        self.env.update({
            "CASEWORK_DATABASE_URL": jdbc_url(db),
            "CASEWORK_DATABASE_USER": PG_USER,
            "CASEWORK_HTTP_PORT": str(self.http_port),
            "CASEWORK_ADMIN_PORT": str(self.admin_port),
            "CASEWORK_DATA_DIR": self.data_dir,
            # one organization's requests as fast as they go: limits far above what a run sends, still counted
            "CASEWORK_RATE_LIMIT_WRITES_PER_SECOND": "1000000", "CASEWORK_RATE_LIMIT_WRITE_BURST": "1000000",
            "CASEWORK_RATE_LIMIT_READS_PER_SECOND": "1000000", "CASEWORK_RATE_LIMIT_READ_BURST": "1000000",
        })
        if smtp_port:
            self.env.update({"CASEWORK_SMTP_HOST": "127.0.0.1", "CASEWORK_SMTP_PORT": str(smtp_port)})
        self.env.update(env or {})
        self.java_opts = java_opts or []
        self.config_path = None
        if config:
            # laid over the bundled defaults, for settings that have no environment variable
            self.config_path = os.path.join(work_dir, name + ".yml")
            with open(self.config_path, "w") as f:
                f.write(config)
        self.process = None
        self.log_file = None

    def start(self, timeout=90):
        self.log_file = open(self.log_path, "ab")
        self.process = subprocess.Popen(["java"] + self.java_opts + ["-jar", ensure_jar(), "server"]
                                        + ([self.config_path] if self.config_path else []), env=self.env,
                                        stdout=self.log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                        start_new_session=True)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("%s exited with %s while starting (%s); see %s" % (
                    self.name, self.process.returncode, describe_exit(self.process.returncode), self.log_path))
            try:
                status, _, _ = http_get("127.0.0.1", self.admin_port, "/ping", timeout=2)
                if status == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.25)
        raise RuntimeError("%s did not start within %ss; see %s" % (self.name, timeout, self.log_path))

    @property
    def pid(self):
        return self.process.pid if self.process else None

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def kill9(self):
        if self.alive():
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self, timeout=30):
        if self.alive():
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.kill9()
        if self.log_file:
            self.log_file.close()
            self.log_file = None

    def healthcheck(self):
        status, _, body = http_get("127.0.0.1", self.admin_port, "/healthcheck", timeout=10)
        return status, body

    def log_text(self):
        try:
            with open(self.log_path, "rb") as f:
                return f.read().decode("utf-8", "replace")
        except OSError:
            return ""


def describe_exit(code):
    if code in (-9, 137):
        return "SIGKILL: not sent by this script"
    if code in (-15, 143):
        return "SIGTERM: not sent by this script; another process on this machine stopped it"
    return "exit code %s" % code


def http_get(host, port, path, timeout=10):
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def create_organization(db, name="Bench", plan="enterprise"):
    env = dict(os.environ, CASEWORK_DATABASE_URL=jdbc_url(db), CASEWORK_DATABASE_USER=PG_USER)
    out = subprocess.run(["java", "-jar", ensure_jar(), "create-organization", "--name", name, "--plan", plan], env=env,
                         capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        raise RuntimeError("create-organization failed: " + out.stderr[-2000:])
    line = [l for l in out.stdout.splitlines() if l.startswith("{")][-1]
    result = json.loads(line)
    return result["organization_id"], result["api_key"]


# ---------------------------------------------------------------------------------------------------------------
# The REST API

class Api:
    """JSON over HTTP/1.1 keep-alive, one connection per thread."""

    def __init__(self, port, key, host="127.0.0.1", timeout=30):
        self.host, self.port, self.key, self.timeout = host, port, key, timeout
        self.local = threading.local()

    def _conn(self):
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            self.local.conn = conn
        return conn

    def raw(self, method, path, body=None, headers=None, retry=True):
        """body: bytes or None. Returns (status, headers, body bytes)."""
        all_headers = {"Authorization": "Bearer " + self.key} if self.key else {}
        if body is not None:
            all_headers["Content-Type"] = "application/json"
        all_headers.update(headers or {})
        all_headers = {k: v for k, v in all_headers.items() if v is not None}
        try:
            conn = self._conn()
            conn.request(method, path, body=body, headers=all_headers)
            response = conn.getresponse()
            data = response.read()
            if response.getheader("Connection", "").lower() == "close":
                self.close()
            return response.status, dict(response.getheaders()), data
        except (OSError, http.client.HTTPException):
            self.close()
            if not retry:
                raise
            return self.raw(method, path, body, headers, retry=False)

    def call(self, method, path, payload=None, headers=None, expect=None):
        body = None if payload is None else json.dumps(payload).encode()
        status, _, data = self.raw(method, path, body, headers)
        parsed = json.loads(data) if data else None
        if expect is not None and status not in (expect if isinstance(expect, tuple) else (expect,)):
            raise RuntimeError("%s %s answered %s: %s" % (method, path, status, data[:500]))
        return status, parsed

    def get(self, path, expect=200):
        return self.call("GET", path, expect=expect)[1]

    def post(self, path, payload=None, expect=(200, 201, 202)):
        return self.call("POST", path, {} if payload is None else payload, expect=expect)[1]

    def close(self):
        conn = getattr(self.local, "conn", None)
        if conn is not None:
            conn.close()
            self.local.conn = None

    def list_all(self, path, limit=100, max_pages=10000):
        items, cursor = [], None
        for _ in range(max_pages):
            sep = "&" if "?" in path else "?"
            url = path + sep + "limit=%d" % limit + ("&cursor=" + urllib.parse.quote(cursor) if cursor else "")
            page = self.get(url)
            items.extend(page["data"])
            cursor = page.get("next_cursor")
            if not cursor:
                return items
        raise RuntimeError("more than %d pages at %s" % (max_pages, path))


def round_robin_scenario(api, case_type="bench", members=3, tag="bench"):
    """Three staff members, a team, and a published case.created round-robin workflow on case_type.
    Returns dict(staff=[ids], team=id, workflow=id)."""
    staff = [api.post("/v1/staff-members", {"email": "%s-%d@example.com" % (tag, i), "name": "Member %d" % i})["id"]
             for i in range(members)]
    team = api.post("/v1/teams", {"name": tag + " team", "member_ids": staff})["id"]
    definition = {"name": tag + " round robin",
                  "trigger": {"event": "case.created", "case_types": [case_type]},
                  "steps": [{"id": "assign", "type": "assign_case", "continue_on_error": False,
                             "config": {"case": "trigger.case", "assignee_type": "team", "assignee_id": team,
                                        "team_strategy": "round_robin"}}]}
    workflow = api.post("/v1/workflows", definition, expect=201)["id"]
    published = api.post("/v1/workflows/%s/publish" % workflow, {}, expect=200)
    if published.get("status") != "published":
        raise RuntimeError("publish answered " + json.dumps(published))
    return {"staff": staff, "team": team, "workflow": workflow}


def create_cases(api, count, threads=8, case_type="bench", deadline_seconds=600, stop=None, first=0):
    """Creates count cases numbered first.. (subject reference "user-<n>", Idempotency-Key "bench-<type>-<n>") from
    `threads` threads; returns (ids created, in no particular order; answers other than 201).
    Stops early when stop (a threading.Event) is set; a request that fails (server gone) is retried on the next
    loop until the deadline."""
    ids, lock = [], threading.Lock()
    next_index = [0]
    errors = []
    deadline = time.time() + deadline_seconds

    def worker():
        while time.time() < deadline and not (stop and stop.is_set()):
            with lock:
                if next_index[0] >= count:
                    return
                i = first + next_index[0]
                next_index[0] += 1
            payload = {"case_type": case_type, "priority": "normal", "subject": {"reference_id": "user-%d" % i}}
            while time.time() < deadline and not (stop and stop.is_set()):
                try:
                    # an Idempotency-Key makes a retry after a lost response safe: no case is created twice
                    status, body = api.call("POST", "/v1/cases", payload,
                                            headers={"Idempotency-Key": "bench-%s-%d" % (case_type, i)})
                    if status == 201:
                        with lock:
                            ids.append(body["id"])
                        break
                    errors.append((status, body))
                    time.sleep(0.2)
                except (OSError, http.client.HTTPException, ValueError) as e:
                    errors.append(("error", str(e)))
                    time.sleep(0.2)

    workers = [threading.Thread(target=worker, daemon=True) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(max(1, deadline - time.time()))
    return ids, errors


def wait_until(predicate, timeout, interval=0.5, what="condition"):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise TimeoutError("timed out after %ss waiting for %s" % (timeout, what))


class Checks:
    """Collects named PASS/FAIL results and prints a summary; exit code 1 when any failed."""

    def __init__(self, title):
        self.title = title
        self.results = []
        self.started = time.time()

    def check(self, name, ok, detail=""):
        self.results.append((name, bool(ok), detail))
        log("%s %s%s" % ("PASS" if ok else "FAIL", name, (" -- " + detail) if detail else ""))
        return ok

    def finish(self):
        failed = [r for r in self.results if not r[1]]
        elapsed = time.time() - self.started
        print("\n== %s: %s (%d checks, %d failed, %.1f s)" % (self.title, "FAIL" if failed or not self.results
                                                              else "PASS", len(self.results), len(failed), elapsed))
        for name, ok, detail in self.results:
            print("  [%s] %s%s" % ("PASS" if ok else "FAIL", name, (": " + detail) if detail else ""))
        sys.stdout.flush()
        return 1 if failed or not self.results else 0


class Rig:
    """A throwaway database, an SMTP sink, server processes and an organization with the round-robin scenario;
    everything is stopped, dropped and removed on exit (keep=True keeps the database and the servers' logs)."""

    def __init__(self, name, servers=1, env=None, config=None, keep=False, case_type="bench"):
        ensure_jar()
        self.db = "casework_res_%s_%d" % (name, os.getpid())
        self.work = os.path.join("/tmp", "cwb-%s-%d" % (name, os.getpid()))
        self.keep = keep
        self.case_type = case_type
        os.makedirs(self.work, exist_ok=True)
        self.sink = SmtpSink(record_path=os.path.join(self.work, "emails.jsonl"))
        self.servers = [Server(self.db, self.work, name="server%d" % i, smtp_port=self.sink.port, env=env,
                               config=config) for i in range(servers)]
        self.api = None
        self.scenario = None
        self.org = None

    def __enter__(self):
        try:
            create_database(self.db)
            self.sink.start()
            for server in self.servers:
                server.start()
            self.org, key = create_organization(self.db)
            self.api = Api(self.servers[0].http_port, key)
            self.scenario = round_robin_scenario(self.api, case_type=self.case_type)
            return self
        except BaseException:
            self.__exit__(None, None, None)
            raise

    def api_for(self, server):
        return Api(server.http_port, self.api.key)

    def __exit__(self, *exc):
        for server in self.servers:
            try:
                server.stop()
            except Exception as e:  # keep cleaning up
                log("could not stop", server.name, e)
        self.sink.stop()
        if self.keep:
            log("kept database %s and logs in %s" % (self.db, self.work))
        else:
            try:
                drop_database(self.db)
            except Exception as e:
                log("could not drop", self.db, e)
            shutil.rmtree(self.work, ignore_errors=True)
        return False

    def count(self, sql):
        return int(psql(self.db, sql) or 0)
