#!/usr/bin/env python3
"""Check a question bank against its source text, and count its questions.

Usage:
  tools/check_bank_evidence.py BANK.yaml SOURCE.txt            check, print problems and the counts
  tools/check_bank_evidence.py BANK.yaml SOURCE.txt --header   also rewrite the bank's count comment block

Checks (exit 1 if any fails):
  - every question's source.evidence (each entry, when source is a list) stands in its paragraph (loose comparison, as `retain lint --source`:
    case, quote kinds, dash kinds and whitespace are ignored, nothing else);
  - evidence has at most 10 words;
  - ids are unique and use lowercase letters, digits and '-';
  - types are valid; choice/multi answers are among the choices, choices distinct (2-8);
  - tags come from the documented set;
  - every question has an explanation;
  - type-specific keys are present (ordering items >= 2, matching pairs >= 2 with distinct sides, cloze gaps).

Paragraph N = the N-th line of the source that is non-blank after trimming spaces, tabs, CR and
no-break spaces (U+00A0), counting from 1.

Needs PyYAML (Debian package python3-yaml).
"""
import collections
import datetime
import re
import sys
import unicodedata

try:
    import yaml
except ImportError:  # pragma: no cover - reported to the user
    sys.exit("check_bank_evidence.py needs PyYAML: apt-get install -y python3-yaml")

TYPES = ["choice", "multi", "true_false", "numeric", "date", "text", "ordering", "matching", "cloze"]
TAGS = ["dates", "figures", "people", "organisations", "places", "events", "politics", "security",
        "economy", "culture", "media", "source"]
MAX_EVIDENCE_WORDS = 10
HEADER_BEGIN = "# -- counts (tools/check_bank_evidence.py --header) --"
HEADER_END = "# -- end of counts --"

SPACES = set(" \t\n\r\u00a0\u1680\u202f\u205f\u3000") | {chr(c) for c in range(0x2000, 0x200B)}
DROPS = set("\u200b\u200c\u200d\u00ad\ufeff")
DASHES = set("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
SINGLE_QUOTES = set("\u2018\u2019\u201a\u201b\u2032`\u00b4")
DOUBLE_QUOTES = set("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb")


def loose(text):
    """Case-folded text with quote kinds, dash kinds and runs of whitespace made uniform."""
    text = unicodedata.normalize("NFC", text.casefold())
    out = []
    pending_space = False
    for ch in text:
        if ch in DROPS:
            continue
        if ch in SPACES:
            pending_space = True
            continue
        if ch in DASHES:
            out.append("-")
            pending_space = False  # spaces around a dash do not count
            continue
        if ch in SINGLE_QUOTES:
            ch = "'"
        elif ch in DOUBLE_QUOTES:
            ch = '"'
        if pending_space and out and out[-1] != "-":
            out.append(" ")
        pending_space = False
        out.append(ch)
    return "".join(out)


def paragraphs(source_text):
    trim = " \t\r\u00a0"
    return [line.strip(trim) for line in source_text.split("\n") if line.strip(trim)]


def citations(question):
    """The question's citations: `source` is one map or a list of maps."""
    src = question.get("source")
    if isinstance(src, list):
        return [c for c in src if isinstance(c, dict)]
    return [src] if isinstance(src, dict) else []


def check(bank, paras):
    problems = []
    seen = set()
    questions = bank.get("questions") or []
    loose_paras = [loose(p) for p in paras]
    for index, q in enumerate(questions):
        qid = q.get("id", f"#{index + 1}")

        def bad(message):
            problems.append(f"{qid}: {message}")

        if qid in seen:
            bad("duplicate id")
        seen.add(qid)
        if not re.fullmatch(r"[a-z0-9-]+", str(qid)):
            bad("id should use only lowercase letters, digits and '-'")
        qtype = q.get("type")
        if qtype not in TYPES:
            bad(f"unknown type {qtype!r}")
        if qtype != "cloze" and not q.get("prompt"):
            bad("no prompt")
        if not q.get("explanation"):
            bad("no explanation")
        for tag in q.get("tags") or []:
            if tag not in TAGS:
                bad(f"tag {tag!r} is not documented")
        if not q.get("tags"):
            bad("no tags")
        cites = citations(q)
        if not cites:
            bad("no source")
        for src in cites:
            n = src.get("paragraph")
            evidence = str(src.get("evidence") or "")
            if not isinstance(n, int) or n < 1 or n > len(paras):
                bad(f"paragraph {n!r} does not exist (source has {len(paras)})")
            elif not evidence:
                bad(f"no evidence phrase for paragraph {n}")
            elif loose(evidence) not in loose_paras[n - 1]:
                where = [str(i + 1) for i, p in enumerate(loose_paras) if loose(evidence) in p]
                bad(f"evidence {evidence!r} is not in paragraph {n}" + (f" (found in {', '.join(where)})" if where else ""))
            if len(evidence.split()) > MAX_EVIDENCE_WORDS:
                bad(f"evidence has {len(evidence.split())} words (max {MAX_EVIDENCE_WORDS})")
        if qtype in ("choice", "multi"):
            choices = [str(c) for c in q.get("choices") or []]
            if not 2 <= len(choices) <= 8 or len(set(choices)) != len(choices):
                bad("choices must be 2-8 distinct items")
            answers = [q.get("answer")] if qtype == "choice" else q.get("answers") or []
            for a in answers:
                if str(a) not in choices:
                    bad(f"answer {a!r} is not among the choices")
            if qtype == "multi" and len(set(map(str, answers))) != len(answers):
                bad("answers repeat")
        elif qtype == "true_false":
            if not isinstance(q.get("answer"), bool):
                bad("answer must be true or false")
        elif qtype == "numeric":
            if not isinstance(q.get("answer"), (int, float)):
                bad("answer must be a number")
        elif qtype == "date":
            a = q.get("answer")
            ok = isinstance(a, (int, datetime.date, str)) or (isinstance(a, dict) and {"from", "to"} <= set(a))
            if not ok:
                bad("answer must be a date or {from, to}")
        elif qtype == "text":
            if not q.get("answer"):
                bad("no answer")
        elif qtype == "ordering":
            items = q.get("items") or []
            if len(items) < 2 or len(set(map(str, items))) != len(items):
                bad("ordering needs 2+ distinct items")
        elif qtype == "matching":
            pairs = q.get("pairs") or []
            lefts = [str(p.get("left")) for p in pairs]
            rights = [str(p.get("right")) for p in pairs]
            if len(pairs) < 2 or len(set(lefts)) != len(lefts) or len(set(rights)) != len(rights):
                bad("matching needs 2+ pairs with distinct lefts and rights")
        elif qtype == "cloze":
            gaps = re.findall(r"\{\{(.*?)\}\}", str(q.get("text") or ""))
            if not gaps or any(not g.strip() for g in gaps):
                bad("cloze needs 1+ non-empty gaps")
    return problems


def counts_block(bank):
    questions = bank.get("questions") or []
    by_type = collections.Counter(q.get("type") for q in questions)
    by_tag = collections.Counter(t for q in questions for t in q.get("tags") or [])
    # A question citing several paragraphs counts once under each of them.
    by_para = collections.Counter(p for q in questions for p in {c.get("paragraph") for c in citations(q)})
    lines = [HEADER_BEGIN, f"# {len(questions)} questions."]
    lines.append("# Per type: " + ", ".join(f"{t} {by_type[t]}" for t in TYPES if by_type[t]) + ".")
    tag_items = [f"{t} {by_tag[t]}" for t in TAGS if by_tag[t]]
    lines.append("# Per tag (a question may carry several; all also carry the bank tag russia-japan):")
    lines.append("#   " + ", ".join(tag_items[:6]) + ",")
    lines.append("#   " + ", ".join(tag_items[6:]) + ".")
    para_items = [f"{p}:{by_para[p]}" for p in sorted(k for k in by_para if isinstance(k, int))]
    lines.append("# Per source paragraph (paragraph:questions citing it): " + " ".join(para_items[:12]))
    lines.append("#   " + " ".join(para_items[12:]) + ".")
    lines.append(HEADER_END)
    return "\n".join(lines)


def rewrite_header(path, block):
    text = open(path, encoding="utf-8").read()
    start = text.find(HEADER_BEGIN)
    end = text.find(HEADER_END)
    if start < 0 or end < 0:
        sys.exit(f"{path}: no count block between {HEADER_BEGIN!r} and {HEADER_END!r}")
    text = text[:start] + block + text[end + len(HEADER_END):]
    open(path, "w", encoding="utf-8").write(text)


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    bank_path, source_path = argv[1], argv[2]
    bank = yaml.safe_load(open(bank_path, encoding="utf-8"))
    paras = paragraphs(open(source_path, encoding="utf-8").read())
    problems = check(bank, paras)
    for p in problems:
        print(f"{bank_path}: {p}")
    block = counts_block(bank)
    print(block)
    if "--header" in argv[3:]:
        rewrite_header(bank_path, block)
        print(f"rewrote the count block of {bank_path}")
    low = [t for t in TYPES if sum(1 for q in bank.get("questions") or [] if q.get("type") == t) < 5]
    if low:
        print("types used fewer than 5 times: " + ", ".join(low))
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
