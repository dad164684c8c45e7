"""How long a run worker holds the team's lock, and what it does meanwhile, from a JFR recording of the server
(bench/run with BENCH_PROFILE=1 writes bench/results/profile.jfr):

    python3 bench/lib/jfr_lock_hold.py bench/results/profile.jfr

Walks each run-worker thread's jdbi.statement events in order: from the end of the team's locking
"SELECT ... FROM teams ... FOR UPDATE" to the last statement of the transaction (before commit c39aa1b the lease
extension that closed the step's transaction, since then the run's final "UPDATE workflow_runs SET status"), then to
the first statement of the next transaction. Prints the hold time (statements + commit + Java in between) and the
statements inside it, per assignment. Jdbi batches (the case events' insert) emit no event, so they are in the
hold time but not in the list."""
import collections
import re
import subprocess
import sys


def millis(text):
    number, unit = re.match(r"([\d.]+)\s*(\w+)", text).groups()
    return float(number) * {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1000.0}[unit]


TEAM_LOCK = re.compile(r"SELECT (id|name, created_at, version, rotation_last_member_id) FROM teams")
# jfr prints a statement's first line only: the run's "UPDATE workflow_runs\nSET status" is "UPDATE workflow_runs"
TRANSACTION_END = re.compile(r"UPDATE workflow_runs( SET lease_until|$)")

events, current = [], {}
proc = subprocess.Popen(["jfr", "print", "--events", "jdbi.statement", sys.argv[1]], stdout=subprocess.PIPE,
                        text=True)
for line in proc.stdout:
    if line.startswith("jdbi.statement"):
        current = {}
    match = re.match(r"\s*startTime = (\S+)", line)
    if match:
        current["start"] = match.group(1)
    match = re.match(r"\s*duration = (.+)", line)
    if match:
        current["duration"] = millis(match.group(1))
    match = re.match(r'\s*sql = "(.*)', line)
    if match:
        current["sql"] = " ".join(match.group(1).split())[:70]
    match = re.match(r'\s*eventThread = "(.*?)"', line)
    if match and "start" in current:
        hours, minutes, seconds = current["start"].split(":")
        current["time"] = (int(hours) * 3600 + int(minutes) * 60 + float(seconds)) * 1000
        current["thread"] = match.group(1)
        events.append(current)
proc.wait()

by_thread = collections.defaultdict(list)
for event in events:
    by_thread[event["thread"]].append(event)
holds, inside = [], collections.defaultdict(float)
for thread, seq in by_thread.items():
    if not thread.startswith("run-worker"):
        continue
    for i, event in enumerate(seq):
        if not TEAM_LOCK.match(event["sql"]):
            continue
        j = i + 1
        while j < len(seq) and not TRANSACTION_END.match(seq[j]["sql"]):
            j += 1
        if j + 1 >= len(seq):
            continue
        holds.append(seq[j + 1]["time"] - (event["time"] + event["duration"]))
        for statement in seq[i + 1:j + 1]:
            inside[statement["sql"]] += statement["duration"]
if not holds:
    sys.exit("no team lock found in " + sys.argv[1])
holds.sort()
print("team lock held (startTime has millisecond precision), ms: n=%d p50=%.1f p90=%.1f mean=%.1f"
      % (len(holds), holds[len(holds) // 2], holds[int(len(holds) * 0.9)], sum(holds) / len(holds)))
total = 0.0
for sql, ms in sorted(inside.items(), key=lambda kv: -kv[1]):
    total += ms / len(holds)
    print("%6.2f ms/assignment  %s" % (ms / len(holds), sql))
print("sum of the statements inside the lock: %.2f ms per assignment" % total)
