#!/usr/bin/env bash
# A full disk (issue 19, case 8) on a real small file system: the data folder on a 4 MiB tmpfs that is
# filled up while `retain study --terminal` answers. The error must name the folder that is full and say
# that nothing already saved is lost, and every answer reported "Saved" must be in review_log.
# Mounting needs a mount namespace (root, or unprivileged user namespaces): where that is not possible
# the test exits 77, which ctest reports as skipped (never as passed).
# Usage: disk_full_tmpfs_test.sh RETAIN_BINARY
set -uo pipefail
retain="$1"

if [ -z "${RETAIN_IN_MOUNT_NS:-}" ]; then
    if ! unshare -rm true 2>/dev/null; then
        echo "SKIP: cannot make a mount namespace here (unshare -rm failed), so no tmpfs can be mounted"
        exit 77
    fi
    RETAIN_IN_MOUNT_NS=1 exec unshare -rm bash "$0" "$@"
fi

fail() { echo "FAIL: $*"; exit 1; }
command -v sqlite3 >/dev/null || fail "the sqlite3 command-line tool is needed (apt-get install sqlite3)"
work=$(mktemp -d)
trap 'umount "$work/mnt" 2>/dev/null; rm -rf "$work"' EXIT
mkdir -p "$work/mnt" "$work/banks"
mount -t tmpfs -o size=4m tmpfs "$work/mnt" || { echo "SKIP: mount -t tmpfs failed in the namespace"; exit 77; }
data="$work/mnt/data"

{
    printf 'bank:\n  id: full\n  title: Full\n  language: en\nquestions:\n'
    for i in $(seq 1 60); do printf '  - id: q%d\n    type: true_false\n    prompt: Statement %d is true.\n    answer: true\n' "$i" "$i"; done
} > "$work/banks/full.yaml"
"$retain" --banks "$work/banks" --data "$data" study --terminal < /dev/null > /dev/null 2>&1 || fail "the first start failed"

# Fill the disk, then give back 160 KiB: room for a few answers, not for sixty.
dd if=/dev/zero of="$work/mnt/filler" bs=64k 2>/dev/null
truncate -s -"${RETAIN_TEST_SLACK:-160K}" "$work/mnt/filler"
yes $'true\n' 2>/dev/null | head -n 240 > "$work/answers"
"$retain" --banks "$work/banks" --data "$data" study --terminal < "$work/answers" > "$work/out" 2> "$work/err"
code=$?
saved=$(grep -c "Saved:" "$work/out")
echo "exit $code after $saved saved answer(s); stderr:"
cat "$work/err"
[ "$code" -ne 0 ] || fail "study did not report the full disk"
grep -q "the disk holding $data is full" "$work/err" || fail "the message does not say which folder is full"
grep -q "nothing saved before it is lost" "$work/err" || fail "the message does not say that nothing saved is lost"

[ "$saved" -ge 1 ] || fail "no answer was saved before the disk filled up; the test did not test keeping them"
rm -f "$work/mnt/filler"
[ "$(sqlite3 "$data/retain.db" 'PRAGMA integrity_check')" = ok ] || fail "retain.db is damaged"
rows=$(sqlite3 "$data/retain.db" 'SELECT count(*) FROM review_log')
[ "$rows" -eq "$saved" ] || fail "$saved answers were reported saved but review_log holds $rows"
echo "ok: the full disk was named; $rows saved answer(s) kept"
