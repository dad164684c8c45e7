"""Sets up the benchmark scenario through the API and prints it as JSON:
python3 bench/lib/scenario.py --port HTTP_PORT --key API_KEY [--case-type bench] [--teams N]
Three staff members, a team of them, and a published round-robin workflow on case.created of the case type.
With --teams N (N > 1): N such teams, each with its own three members and its own workflow on its own case type,
<case-type>_1 .. <case-type>_N; prints their case types, teams and staff."""
import argparse
import json

from harness import Api, round_robin_scenario

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--key", required=True)
parser.add_argument("--case-type", default="bench")
parser.add_argument("--teams", type=int, default=1)
args = parser.parse_args()
api = Api(args.port, args.key)
if args.teams <= 1:
    print(json.dumps(round_robin_scenario(api, case_type=args.case_type)))
else:
    types = ["%s_%d" % (args.case_type, i) for i in range(1, args.teams + 1)]
    scenarios = [round_robin_scenario(api, case_type=t, tag=t) for t in types]
    print(json.dumps({"case_types": types, "teams": [s["team"] for s in scenarios],
                      "staff": [m for s in scenarios for m in s["staff"]]}))
