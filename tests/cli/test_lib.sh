# Sourced by tests under tests/cli (the kill tests, report_older_schema): fail(), need_sqlite3, a work folder $work removed on exit
# (after killing the process whose id is in $pid), and a one-question bank. A script that has more to
# undo on exit defines cleanup_extra; one that wants more in its failure message redefines fail.
fail() { echo "FAIL: $*"; exit 1; }
need_sqlite3() { command -v sqlite3 >/dev/null || fail "the sqlite3 command-line tool is needed (apt-get install sqlite3)"; }

work=$(mktemp -d)
pid=""
cleanup() {
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null
    if declare -F cleanup_extra >/dev/null; then cleanup_extra; fi
    rm -rf "$work"
}
trap cleanup EXIT

# one_question_bank FILE ID TITLE: writes a bank of one true/false question "q1" to FILE.
one_question_bank() {
    printf 'bank:\n  id: %s\n  title: %s\n  language: en\nquestions:\n  - id: q1\n    type: true_false\n    prompt: The sky is blue.\n    answer: true\n' \
        "$2" "$3" >"$1"
}
