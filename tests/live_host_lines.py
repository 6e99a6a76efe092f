"""Shared by the live classroom's Python tests: run `retain live --json-events` on 127.0.0.1 and read its
event lines with a bounded wait."""
import json
import queue
import subprocess
import sys
import threading
import time


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def start_host(retain, data, bank, extra):
    """Starts `retain live` on 127.0.0.1 (any free port, PIN 424242, seed 7, stdin closed); returns the
    process and a queue of its stdout lines. extra: further arguments (--banks, --auto, ...)."""
    command = [retain, "live", "--data", data, "--bank", bank, "--pin", "424242", "--port", "0",
               "--bind", "127.0.0.1", "--json-events", "--seed", "7"] + extra
    host = subprocess.Popen(command, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in host.stdout], daemon=True).start()
    return host, lines


def next_event(lines, name, wait_seconds, skipped=None):
    """Returns the next event line called name within wait_seconds (the others go to skipped when given);
    fails the test when none comes."""
    deadline = time.time() + wait_seconds
    while time.time() < deadline:
        try:
            event = json.loads(lines.get(timeout=max(deadline - time.time(), 0.1)))
        except queue.Empty:
            break
        if event.get("event") == name:
            return event
        if skipped is not None:
            skipped.append(event)
    fail("the host printed no '%s' line" % name)
