"""CPU accounting for one phase: python3 bench/lib/cpu.py PID... prints a JSON snapshot of the machine's CPU time
(/proc/stat) and each process's (utime + stime, its threads included), in seconds. report.py diffs two snapshots.
For PostgreSQL, pass 'postgres' to sum every process named postgres."""
import json
import os
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")


def process_seconds(pid):
    try:
        with open("/proc/%s/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICK
    except OSError:
        return None


def postgres_seconds():
    total = 0.0
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open("/proc/%s/comm" % pid) as f:
                    if f.read().strip() == "postgres":
                        total += process_seconds(pid) or 0
            except OSError:
                pass
    return total


with open("/proc/stat") as f:
    cpu = [int(x) for x in f.readline().split()[1:]]
snapshot = {"time": time.time(), "machine_busy": (sum(cpu) - cpu[3] - cpu[4]) / TICK,
            "machine_total": sum(cpu) / TICK, "processes": {}}
for arg in sys.argv[1:]:
    snapshot["processes"][arg] = postgres_seconds() if arg == "postgres" else process_seconds(arg)
print(json.dumps(snapshot))
