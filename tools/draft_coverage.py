#!/usr/bin/env python3
"""How many of a hand-made bank's dates, figures, counts and people a drafted bank also asks.

Usage: /usr/bin/python3 tools/draft_coverage.py HAND.yaml DRAFT.yaml

A hand-made question counts as a fact of one kind when it is a date question (its answer), a numeric
question (its value), or a text/choice question tagged `people` whose answer names a person. The draft
covers it when one of its questions has the same answer: the same date (or range), the same value, or
the same person as answer, asked from the same paragraph. Prints one line per fact (covered or not) and a summary.
"""
import sys

import yaml


def answer_of(question):
    kind = question.get("type")
    if kind == "date":
        return ("date", str(question["answer"]))
    if kind == "numeric":
        return ("figure", float(question["answer"]))
    if kind in ("text", "choice") and "people" in (question.get("tags") or []) and looks_like_name(question["answer"]):
        return ("person", str(question["answer"]).strip().lower())
    return None


def looks_like_name(answer):
    """A person's name: two or three capitalised words ("Taro Kono"), not a phrase ("his fourth term")."""
    words = str(answer).split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words)


def paragraphs_of(question):
    """The paragraphs a question cites: one source, or each entry of a list of sources."""
    source = question.get("source") or {}
    entries = source if isinstance(source, list) else [source]
    return {entry.get("paragraph", 0) for entry in entries}


def draft_answers(draft):
    """(kind, value, paragraph) of every drafted question; the paragraph makes '2017' of one fact differ from another's."""
    found = set()
    for question in draft["questions"]:
        for kind, value in answers_of(question):
            for paragraph in paragraphs_of(question):
                found.add((kind, value, paragraph))
    return found


def answers_of(question):
    found = set()
    if True:
        kind = question.get("type")
        if kind == "date":
            found.add(("date", str(question["answer"])))
        elif kind == "numeric":
            found.add(("figure", float(question["answer"])))
        elif kind in ("text", "choice"):
            found.add(("person", str(question["answer"]).strip().lower()))
        if kind == "ordering":
            pass
        if kind == "text" and question.get("answer"):
            # An ordinal asked as text ("21st") covers a numeric count of the same position.
            text = str(question["answer"]).rstrip("stndrh")
            if text.isdigit():
                found.add(("figure", float(text)))
        for choice in question.get("choices") or []:
            if kind == "choice" and choice == question.get("answer"):
                found.add(("person", str(choice).strip().lower()))
    return found


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        hand = yaml.safe_load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        draft = yaml.safe_load(f)
    drafted = draft_answers(draft)
    totals = {}
    loose = 0
    for question in hand["questions"]:
        fact = answer_of(question)
        if fact is None or "source" in (question.get("tags") or []):
            continue  # the source's own date and author are the head, not the article's facts
        covered = any((fact[0], fact[1], paragraph) in drafted for paragraph in paragraphs_of(question))
        anywhere = any(d[0] == fact[0] and d[1] == fact[1] for d in drafted)
        loose += 1 if anywhere else 0
        totals.setdefault(fact[0], [0, 0])
        totals[fact[0]][0] += 1
        totals[fact[0]][1] += 1 if covered else 0
        print(f"{'covered' if covered else 'missed '}  {fact[0]:7} {fact[1]!s:28} {question['id']}")
    for kind, (count, covered) in sorted(totals.items()):
        print(f"{kind}: {covered} of {count} covered")
    count = sum(t[0] for t in totals.values())
    covered = sum(t[1] for t in totals.values())
    print(f"all: {covered} of {count} covered ({100 * covered // max(count, 1)} %); "
          f"{loose} of {count} when the same answer asked from another paragraph counts too")
    return 0


if __name__ == "__main__":
    sys.exit(main())
