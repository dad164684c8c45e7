"""Sets up the benchmark scenario through the API and prints it as JSON:
python3 bench/lib/scenario.py --port HTTP_PORT --key API_KEY [--case-type bench] [--db DATABASE]
Three staff members, a team of them, and a published round-robin workflow on case.created of the case type."""
import argparse
import json

from harness import Api, round_robin_scenario

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--key", required=True)
parser.add_argument("--case-type", default="bench")
args = parser.parse_args()
print(json.dumps(round_robin_scenario(Api(args.port, args.key), case_type=args.case_type)))
