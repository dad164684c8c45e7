"""CPU accounting for one phase: python3 bench/lib/cpu.py PID... prints a JSON snapshot of the machine's CPU time
(/proc/stat) and each process's (utime + stime, its threads included), in seconds, and the CPU of the first process's
(the server JVM's) JIT compiler threads. report.py diffs two snapshots.
For PostgreSQL, pass 'postgres' to sum every process named postgres, plus the CPU of the postmaster's children that
have exited (a backend's CPU time leaves the sum of live processes when its connection closes; the postmaster reaps
it and the kernel adds it to the postmaster's cutime + cstime)."""
import json
import os
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")


def stat_fields(pid):
    """The fields of /proc/PID/stat after the command name: [0] state, [1] ppid, [11] utime, [12] stime,
    [13] cutime, [14] cstime."""
    with open("/proc/%s/stat" % pid) as f:
        return f.read().rsplit(")", 1)[1].split()


def process_seconds(pid):
    try:
        fields = stat_fields(pid)
        return (int(fields[11]) + int(fields[12])) / TICK
    except OSError:
        return None


def jit_seconds(pid):
    """The CPU of the JVM's JIT compiler threads (C1 and C2) that are alive: the warm-up still going on, if any."""
    total = 0
    try:
        for tid in os.listdir("/proc/%s/task" % pid):
            try:
                with open("/proc/%s/task/%s/comm" % (pid, tid)) as f:
                    if not f.read().startswith(("C1 Compiler", "C2 Compiler")):
                        continue
                with open("/proc/%s/task/%s/stat" % (pid, tid)) as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])
            except OSError:
                pass
    except OSError:
        return None
    return total / TICK


def comm(pid):
    with open("/proc/%s/comm" % pid) as f:
        return f.read().strip()


def postgres_seconds():
    total = 0
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                if comm(pid) != "postgres":
                    continue
                fields = stat_fields(pid)
                total += int(fields[11]) + int(fields[12])
                if comm(fields[1]) != "postgres":  # the postmaster: add its exited children
                    total += int(fields[13]) + int(fields[14])
            except OSError:
                pass
    return total / TICK


with open("/proc/stat") as f:
    cpu = [int(x) for x in f.readline().split()[1:]]
snapshot = {"time": time.time(), "machine_busy": (sum(cpu) - cpu[3] - cpu[4]) / TICK,
            "machine_total": sum(cpu) / TICK, "processes": {}}
for arg in sys.argv[1:]:
    snapshot["processes"][arg] = postgres_seconds() if arg == "postgres" else process_seconds(arg)
if sys.argv[1:] and sys.argv[1] != "postgres":
    snapshot["jit"] = jit_seconds(sys.argv[1])
print(json.dumps(snapshot))
