"""One run of the batched pgbench probe as JSON: python3 bench/lib/probe_result.py SECONDS BEFORE AFTER BATCHES
CPU_START CPU_END, where BEFORE and AFTER are "cases assigned" counted in the probe's database around the run,
BATCHES the batches that committed in it, CPU_* cpu.py snapshots taken with 'postgres'."""
import json
import sys

seconds = float(sys.argv[1])
cases_before, assigned_before = (int(x) for x in sys.argv[2].split())
cases_after, assigned_after = (int(x) for x in sys.argv[3].split())
batches = int(sys.argv[4])
cpu_start, cpu_end = (json.load(open(path)) for path in sys.argv[5:7])
created, assigned = cases_after - cases_before, assigned_after - assigned_before
postgres_seconds = cpu_end["processes"]["postgres"] - cpu_start["processes"]["postgres"]
print(json.dumps({"seconds": seconds, "created": created, "assigned": assigned,
                  "created_per_second": round(created / seconds, 1),
                  "assigned_per_second": round(assigned / seconds, 1),
                  "backlog_at_end": created - assigned,
                  "batches": batches, "mean_batch": round(assigned / max(1, batches), 1),
                  "postgres_cpu_ms_per_assigned_case": round(1000 * postgres_seconds / max(1, assigned), 2)}))
