#!/usr/bin/python3
"""Simulated students for a self-paced paper, on 127.0.0.1 only (the WebSocket client of live_students.py):
each joins, waits for its paper, saves answers one question after another, and student i hands in when
i is even (the odd ones keep writing until the teacher ends the paper or its time is up). One JSON line per
message received, prefixed with the student's name. Used by docs/screenshots/take_live_paper_screenshots.sh.

Usage: live_paper_students.py JOIN_URL NAME[,NAME...] [--seconds S] [--spacing G]

Student i answers i + 1 questions (all of them at most), one every G seconds (default 0.8); the program
ends when every student saw its paper_result, or after S seconds (default 60); exit 0 when all did.
"""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from live_students import answer_for, join, run_students, say  # noqa: E402


def play(url, name, student, spacing, done):
    connection = join(url, name)
    while True:
        message = connection.receive()
        if message is None:
            return
        say(name, message)
        if message.get("type") == "paper" and not message.get("submitted"):
            questions = message["questions"]
            for item in questions[:student + 1]:
                time.sleep(spacing)
                answer = answer_for({"question": item["question"], "index": item["position"]}, student, "spread")
                connection.send({"type": "save", "position": item["position"], "answer": answer})
            if student % 2 == 0:
                time.sleep(spacing)
                connection.send({"type": "submit"})
        if message.get("type") in ("paper_result", "kicked"):
            if message.get("type") == "paper_result":
                done.add(name)
            return


def take_number(args, flag, default):
    """Removes `flag VALUE` from args and returns VALUE as a float (default when the flag is absent)."""
    if flag not in args:
        return default
    at = args.index(flag)
    value = float(args[at + 1])
    del args[at:at + 2]
    return value


def main():
    args = sys.argv[1:]
    spacing = take_number(args, "--spacing", 0.8)
    seconds = take_number(args, "--seconds", 60.0)
    url, names = args[0], args[1].split(",")
    done = run_students(names, lambda student, name, done: play(url, name, student, spacing, done), seconds)
    sys.exit(0 if len(done) == len(names) else 1)

if __name__ == "__main__":
    main()
