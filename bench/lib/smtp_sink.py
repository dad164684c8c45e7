"""A local SMTP sink for the benchmark: python3 bench/lib/smtp_sink.py --port PORT --record FILE [--seconds S].
Takes every email, appends one JSON line per email (time, message_id, to, subject) to FILE, and stops by itself
after S seconds (default 3600) or on SIGTERM."""
import argparse
import signal
import sys
import threading

from harness import SmtpSink

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--record", required=True)
parser.add_argument("--seconds", type=float, default=3600)
args = parser.parse_args()

done = threading.Event()
signal.signal(signal.SIGTERM, lambda *_: done.set())
signal.signal(signal.SIGINT, lambda *_: done.set())
sink = SmtpSink(args.port, args.record).start()
print("smtp sink listening on 127.0.0.1:%d" % sink.port, file=sys.stderr, flush=True)
done.wait(args.seconds)
sink.stop()
