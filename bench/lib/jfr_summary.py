"""Summarises a JFR recording of the server: python3 bench/lib/jfr_summary.py FILE.jfr [TOP]
1. Jdbi's own JFR events (jdbi.statement): wall time per SQL statement, summed, with the threads that ran it.
   Time inside a statement includes waiting for row locks, so this is where the run workers spend their time.
2. CPU samples (jdk.ExecutionSample): the hottest top frames, and the hottest io.casework frames on the stacks."""
import collections
import re
import subprocess
import sys

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 15


def events(kind):
    """Yields each event of a kind as a list of its text lines (jfr print, streamed)."""
    proc = subprocess.Popen(["jfr", "print", "--stack-depth", "64", "--events", kind, path], stdout=subprocess.PIPE,
                            text=True, errors="replace")
    current = None
    for line in proc.stdout:
        if line.startswith(kind + " {"):
            current = []
        elif line.startswith("}") and current is not None:
            yield current
            current = None
        elif current is not None:
            current.append(line.rstrip("\n"))
    proc.wait()


def millis(text):
    number, unit = re.match(r"\s*([\d.]+)\s*(\w+)", text).groups()
    return float(number) * {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1000.0, "min": 60000.0}.get(unit, 1.0)


statements = collections.defaultdict(lambda: [0, 0.0, collections.Counter()])
for lines in events("jdbi.statement"):
    text = "\n".join(lines)
    duration = re.search(r"duration = ([^\n]+)", text)
    sql = re.search(r'sql = "(.*?)"\n  parameters', text, re.S)
    thread = re.search(r'eventThread = "([^"]+)"', text)
    if not (duration and sql):
        continue
    key = " ".join(sql.group(1).split())[:120]
    entry = statements[key]
    entry[0] += 1
    entry[1] += millis(duration.group(1))
    entry[2][re.sub(r"-\d.*", "", thread.group(1)) if thread else "?"] += 1

total = sum(e[1] for e in statements.values()) or 1
print("== SQL statements by total wall time (jdbi.statement events; includes lock waits)")
print("%8s %10s %6s %8s  %-22s %s" % ("count", "total ms", "share", "avg ms", "threads", "statement"))
for sql, (count, ms, threads) in sorted(statements.items(), key=lambda kv: -kv[1][1])[:top]:
    names = ",".join("%s" % name for name, _ in threads.most_common(2))
    print("%8d %10.0f %5.1f%% %8.2f  %-22s %s" % (count, ms, 100 * ms / total, ms / count, names[:22], sql))

top_frames, our_frames, samples = collections.Counter(), collections.Counter(), 0
for lines in events("jdk.ExecutionSample"):
    frames = [l.strip() for l in lines if re.match(r"\s{4}\S", l) and "line:" in l]
    if not frames:
        continue
    samples += 1
    top_frames[frames[0].split("(")[0]] += 1
    seen = set()
    for frame in frames:
        name = frame.split("(")[0]
        if name.startswith("io.casework") and name not in seen:
            seen.add(name)
            our_frames[name] += 1
print("\n== CPU samples: %d (jdk.ExecutionSample)" % samples)
print("-- hottest top frames")
for name, count in top_frames.most_common(top):
    print("%6d %5.1f%%  %s" % (count, 100 * count / max(1, samples), name))
print("-- io.casework methods on the sampled stacks (inclusive)")
for name, count in our_frames.most_common(top):
    print("%6d %5.1f%%  %s" % (count, 100 * count / max(1, samples), name))
