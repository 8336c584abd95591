"""Run a piece of Python in a fresh interpreter and measure that interpreter's peak memory.

Linux keeps a process's ``ru_maxrss`` across ``exec``, and a child forked from the (large) test
process starts with the test process's pages counted. So the work runs in a grandchild started
by a small interpreter, which reads the grandchild's peak with
``resource.getrusage(RUSAGE_CHILDREN)``.
"""
from __future__ import annotations

import json
import subprocess
import sys

_OUTER = """
import json, resource, subprocess, sys
done = subprocess.run([sys.executable, "-c", sys.argv[1], *sys.argv[2:]], capture_output=True,
                      text=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
lines = done.stdout.strip().splitlines()
outcome = json.loads(lines[-1]) if lines else "NO OUTPUT " + done.stderr[-300:]
print(json.dumps({"outcome": outcome, "peak_mb": peak}))
"""


def probe(code: str, *args: str) -> dict:
    """``code`` prints its outcome as one line of JSON; returns {"outcome", "peak_mb"}."""
    done = subprocess.run([sys.executable, "-c", _OUTER, code, *args], capture_output=True,
                          text=True, check=True, timeout=600)
    return json.loads(done.stdout.strip().splitlines()[-1])
