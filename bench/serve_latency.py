#!/usr/bin/env python3
"""Time from saving a sheet to the reload event of `iqsite serve` (issue 9's serve target).

Starts the preview server on the benchmark site, listens to its live-reload event stream like an
open browser tab, then changes one sheet at a time (bench/edit_sheet.py) and measures until the
server sends 'reload'. Prints the median and the spread over all edits.

    python3 bench/serve_latency.py --site SITE --theme THEME --edits 20 -- dotnet IqSite.Cli.dll
"""
import argparse
import http.client
import os
import socket
import statistics
import subprocess
import sys
import threading
import time

parser = argparse.ArgumentParser()
parser.add_argument("--site", required=True)
parser.add_argument("--theme", required=True)
parser.add_argument("--edits", type=int, default=20)
parser.add_argument("--front-matter", action="store_true", help="change a teaser instead of the text")
parser.add_argument("--timeout", type=float, default=600)
parser.add_argument("iqsite", nargs="+")
args = parser.parse_args()

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]

server = subprocess.Popen(args.iqsite + ["serve", "--port", str(port), "--theme", args.theme],
                          cwd=args.site, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
ready = threading.Event()
indexed = threading.Semaphore(0)


def drain():
    for line in server.stdout:
        if "Serving at" in line:
            ready.set()
        if "search index" in line:
            indexed.release()


threading.Thread(target=drain, daemon=True).start()
if not ready.wait(args.timeout):
    server.kill()
    sys.exit("serve did not start")
# serve indexes for search in the background after each build; an editor's next save comes
# after that, so each edit waits for it (else the next rebuild shares the processor with it).
indexed.acquire(timeout=args.timeout)

connection = http.client.HTTPConnection("127.0.0.1", port, timeout=args.timeout)
connection.request("GET", "/__iqsite/events")
events = connection.getresponse()
reloads = threading.Semaphore(0)


def listen():
    for raw in events:
        if raw.decode("utf-8", "replace").startswith("event: reload"):
            reloads.release()


threading.Thread(target=listen, daemon=True).start()
time.sleep(1)  # the connection is registered; no build is running

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from edit_sheet import edit  # noqa: E402  (in this process: the save itself is not timed as a Python start)
latencies = []
try:
    for _ in range(args.edits):
        started = time.perf_counter()
        edit(args.site, front_matter=args.front_matter)
        if not reloads.acquire(timeout=args.timeout):
            sys.exit("no reload event after an edit")
        latencies.append((time.perf_counter() - started) * 1000)
        indexed.acquire(timeout=args.timeout)
finally:
    server.terminate()
    server.wait(10)

what = "teaser" if args.front_matter else "text"
print(f"serve: edit of one sheet's {what} -> reload event, median of {len(latencies)} edits: "
      f"{statistics.median(latencies):.0f} ms (min {min(latencies):.0f}, max {max(latencies):.0f})")
