#!/usr/bin/python3
"""Simulated students for the live classroom, on 127.0.0.1 only: each joins the game at the join URL over a
plain WebSocket (the Python standard library; no browser), answers every question it is shown, and prints
one JSON line per message it receives, prefixed with its name. Used by the window's GUI test
(tests/gui/live_host_e2e.sh) and the screenshot script (docs/screenshots/take_live_host_screenshots.sh).

Usage: live_students.py JOIN_URL NAME[,NAME...] [--plan PLAN] [--seconds S] [--delay D] [--spacing G]

PLAN says what student i answers to a choice, multi or true/false question: "spread" (default) taps
choice (i + question) mod n; "first" always taps choice 0. Typed questions get the student's name (wrong
unless it is the answer). The program ends after game_over (or kicked) for every student, or after S
seconds (default 60), whichever comes first. Student i answers D + G i seconds after a question
arrives (D defaults to 0.2, G to 0.15); exit 0 when every student saw game_over, else 1.
"""
import base64
import json
import os
import socket
import struct
import sys
import threading
import time
import urllib.parse

print_lock = threading.Lock()


def say(name, message):
    with print_lock:
        print(name + " " + json.dumps(message), flush=True)


class Socket:
    """A minimal WebSocket client (RFC 6455): text frames, masked, ping answered, no extensions."""

    def __init__(self, host, port):
        self.sock = socket.create_connection((host, port), timeout=5)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (f"GET /ws HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n")
        self.sock.sendall(request.encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.sock.recv(1024)
            if not chunk:
                raise ConnectionError("the server closed during the handshake")
            response += chunk
        head, self.buffer = response.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise ConnectionError("no WebSocket upgrade: " + head.decode(errors="replace"))
        self.sock.settimeout(None)

    def send(self, message):
        self._frame(0x1, json.dumps(message).encode())

    def _frame(self, opcode, payload):
        mask = os.urandom(4)
        length = len(payload)
        if length < 126:
            header = struct.pack("!BB", 0x80 | opcode, 0x80 | length)
        else:
            header = struct.pack("!BBH", 0x80 | opcode, 0x80 | 126, length)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _read(self, count):
        while len(self.buffer) < count:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("closed")
            self.buffer += chunk
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def receive(self):
        """Returns the next text message as JSON, or None when the server closed the connection."""
        while True:
            first, second = self._read(2)
            opcode, length = first & 0x0F, second & 0x7F
            if length == 126:
                length = struct.unpack("!H", self._read(2))[0]
            elif length == 127:
                length = struct.unpack("!Q", self._read(8))[0]
            payload = self._read(length)
            if opcode == 0x8:
                return None
            if opcode == 0x9:
                self._frame(0xA, payload)
                continue
            if opcode == 0x1:
                return json.loads(payload.decode())


def answer_for(question, student, plan):
    """Returns the wire answer student number `student` gives to a question message."""
    body = question["question"]
    index = question["index"]
    choices = body.get("choices")
    kind = body.get("kind")
    if kind == "true_false":
        return {"value": (student + index) % 2 == 0}
    if choices and kind == "multi":
        return {"choices": [0 if plan == "first" else (student + index) % len(choices)]}
    if choices:
        return {"choice": 0 if plan == "first" else (student + index) % len(choices)}
    return {"text": "I do not know"}


def join(url, name):
    """Connects to the game at the join URL (127.0.0.1 only), sends a join as name with the URL's PIN and
    returns the connection."""
    parts = urllib.parse.urlparse(url)
    pin = urllib.parse.parse_qs(parts.query)["pin"][0]
    assert parts.hostname == "127.0.0.1", "students play on 127.0.0.1 only"
    connection = Socket(parts.hostname, parts.port)
    connection.send({"type": "join", "pin": pin, "name": name})
    return connection


def play(url, name, student, plan, delay, spacing, done):
    connection = join(url, name)
    while True:
        message = connection.receive()
        if message is None:
            return
        say(name, message)
        if message.get("type") == "question" and not message.get("answered"):
            time.sleep(delay + spacing * student)  # not all at once, so the answered count can be seen rising
            connection.send({"type": "answer", "question": message["index"], "answer": answer_for(message, student, plan)})
        if message.get("type") in ("game_over", "kicked"):
            if message.get("type") == "game_over":
                done.add(name)
            return


def run_students(names, play_one, seconds):
    """Runs play_one(student, name, done) for each name on its own thread, started 0.3 s apart (names appear
    one by one in the lobby), and waits for them at most `seconds` in all; returns the set done, which
    play_one fills with the names that finished."""
    done = set()
    threads = []
    for student, name in enumerate(names):
        thread = threading.Thread(target=play_one, args=(student, name, done), daemon=True)
        thread.start()
        threads.append(thread)
        time.sleep(0.3)
    deadline = time.time() + seconds
    for thread in threads:
        thread.join(max(0.0, deadline - time.time()))
    return done


def main():
    args = sys.argv[1:]
    plan, seconds, delay, spacing = "spread", 60.0, 0.2, 0.15
    if "--spacing" in args:
        at = args.index("--spacing")
        spacing = float(args[at + 1])
        del args[at:at + 2]
    if "--delay" in args:
        at = args.index("--delay")
        delay = float(args[at + 1])
        del args[at:at + 2]
    if "--plan" in args:
        at = args.index("--plan")
        plan = args[at + 1]
        del args[at:at + 2]
    if "--seconds" in args:
        at = args.index("--seconds")
        seconds = float(args[at + 1])
        del args[at:at + 2]
    url, names = args[0], args[1].split(",")
    done = run_students(names, lambda student, name, done: play(url, name, student, plan, delay, spacing, done), seconds)
    sys.exit(0 if len(done) == len(names) else 1)


if __name__ == "__main__":
    main()
