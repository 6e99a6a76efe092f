#!/usr/bin/python3
"""`retain live` ended by a signal stores what was answered: the host runs on 127.0.0.1 with stdin closed
(as in CI), one phone (a minimal WebSocket client over a plain socket) joins and answers question 1, then
the host gets SIGINT; it must exit 0 and the data folder must hold the game with exactly that answer.
A second run without --auto (stdin at its end, so the teacher's command reader sees EOF at once) must still
be hosting a second later, and SIGTERM then stores the game with its player and no answers.

Usage: live_signal_test.py RETAIN BANKS_DIR WORK_DIR
Every wait is bounded; the host is killed at the end whatever happens.
"""
import base64
import json
import os
import shutil
import signal
import socket
import sqlite3
import struct
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import live_host_lines  # noqa: E402
from live_host_lines import fail  # noqa: E402

WAIT_SECONDS = 15


class Phone:
    """A WebSocket client just big enough for the protocol: text frames, masked from the client."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=WAIT_SECONDS)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n" % key).encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.sock.recv(1)
            if not chunk:
                fail("the server closed the WebSocket handshake")
            response += chunk
        if b" 101 " not in response.split(b"\r\n")[0]:
            fail("no WebSocket upgrade: %r" % response)

    def send(self, message):
        payload = json.dumps(message).encode()
        mask = os.urandom(4)
        header = bytes([0x81]) + (bytes([0x80 | len(payload)]) if len(payload) < 126 else bytes([0x80 | 126]) + struct.pack(">H", len(payload)))
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _exact(self, count):
        data = b""
        while len(data) < count:
            chunk = self.sock.recv(count - len(data))
            if not chunk:
                fail("the server closed the connection")
            data += chunk
        return data

    def wait_for(self, kind):
        deadline = time.time() + WAIT_SECONDS
        while time.time() < deadline:
            first, second = self._exact(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._exact(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._exact(8))[0]
            payload = self._exact(length)
            if first & 0x0F != 1:
                continue
            message = json.loads(payload)
            if os.environ.get("LIVE_TEST_DEBUG"):
                print(message, file=sys.stderr)
            if message.get("type") == kind:
                return message
        fail("no '%s' message" % kind)


def start_host(retain, banks, data, auto):
    extra = ["--banks", banks, "--count", "2", "--seconds", "60"] + (["--auto", "--reveal-seconds", "30"] if auto else [])
    return live_host_lines.start_host(retain, data, "live-fixture", extra)


def next_event(lines, name):
    return live_host_lines.next_event(lines, name, WAIT_SECONDS)


def stored(data):
    db = sqlite3.connect(os.path.join(data, "retain.db"))
    try:
        games, players = db.execute("SELECT COUNT(*), SUM(players) FROM live_games").fetchone()
        answers = db.execute("SELECT COUNT(*) FROM live_answers").fetchone()[0]
    finally:
        db.close()
    return games, players, answers


def run(retain, banks, work, auto, sig):
    data = os.path.join(work, "data-" + ("auto" if auto else "manual"))
    host, lines = start_host(retain, banks, data, auto)
    try:
        port = next_event(lines, "listening")["port"]
        phone = Phone(port)
        phone.send({"type": "join", "pin": "424242", "name": "Ana"})
        phone.wait_for("welcome")
        next_event(lines, "player_joined")
        if auto:
            question = phone.wait_for("question")["question"]
            answer = {"text": "Abe"} if question["kind"] == "text" else {"choice": 0}
            phone.send({"type": "answer", "question": 0, "answer": answer})
            phone.wait_for("ack")
            next_event(lines, "answer")
        else:
            time.sleep(1.0)  # the command reader has long seen the end of stdin
            if host.poll() is not None:
                fail("retain live ended when stdin ended (exit %s)" % host.returncode)
        host.send_signal(sig)
        over = next_event(lines, "game_over")
        if [score["name"] for score in over["scores"]] != ["Ana"]:
            fail("game_over scores: %r" % over["scores"])
        done = next_event(lines, "stored")
        if done["answers"] != (1 if auto else 0):
            fail("stored line: %r" % done)
        try:
            code = host.wait(timeout=WAIT_SECONDS)
        except subprocess.TimeoutExpired:
            fail("retain live did not exit after %s" % signal.Signals(sig).name)
        if code != 0:
            fail("retain live exited %d after %s" % (code, signal.Signals(sig).name))
        counts = stored(data)
        if counts != (1, 1, 1 if auto else 0):
            fail("the data folder holds (games, players, answers) = %r" % (counts,))
    finally:
        if host.poll() is None:
            host.kill()
            host.wait()


def main():
    if len(sys.argv) != 4:
        fail("usage: live_signal_test.py RETAIN BANKS_DIR WORK_DIR")
    retain, banks, work = sys.argv[1:]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    run(retain, banks, work, True, signal.SIGINT)
    run(retain, banks, work, False, signal.SIGTERM)
    print("ok: the interrupted games were stored")


if __name__ == "__main__":
    main()
