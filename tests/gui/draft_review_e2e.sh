#!/usr/bin/env bash
# The Draft review screen under Xvfb (issue 21, item 5): the real app on an empty banks folder. On the
# Draft tab the article and bank paths are typed, "Draft from the article" is clicked, then A accepts the
# first drafted question and R rejects the next. The written bank must hold the first without its draft
# mark, not hold the second, keep every other draft, and pass `retain lint --source` on the article.
# Then a second start: Home's "Review N drafts" opens the bank with no article path typed (the article is
# found from the bank's source.doc, beside the bank's folder), A accepts the next draft, and the bank
# still passes `retain lint --source`.
# Usage: draft_review_e2e.sh RETAIN_BINARY ARTICLE [SCREENSHOT_DIR]
set -uo pipefail
retain="$1"; article="$2"; shots="${3:-}"
source "$(dirname "$0")/app_session.sh"
for tool in xdotool import; do command -v "$tool" >/dev/null || fail "$tool is needed"; done
[ -n "$shots" ] && mkdir -p "$shots"
mkdir -p "$data/banks"
cp "$article" "$data/article.txt"
bank="$data/banks/drafted.yaml"
# The same article drafted by the verb, to know which questions come first.
"$retain" draft "$data/article.txt" --out "$data/reference.yaml" >/dev/null || fail "retain draft failed"
ids=$(grep -E '^  - id: ' "$data/reference.yaml" | sed 's/^  - id: //')
first=$(echo "$ids" | sed -n 1p); second=$(echo "$ids" | sed -n 2p); total=$(echo "$ids" | wc -l)
[ "$total" -ge 3 ] || fail "the article drafted fewer than 3 questions"
start_app "$retain" "$data/banks"

shot() { [ -z "$shots" ] || import -window "$wid" "$shots/$1.png" || fail "cannot capture $1"; }

# Window coordinates of the Draft setup at 1280x800 and the default font (draft_review_view.cpp's layout).
press ctrl+9                      # the Draft tab
click 300 130; sleep 0.5          # the Article field
typed "$data/article.txt"
click 300 166; sleep 0.5          # the Bank file field
typed "$bank"
click 100 202; sleep 1            # Draft from the article
shot review
[ -f "$bank" ] || fail "the screen did not write the drafted bank"
typed a                           # accept the first
typed r                           # reject the second
shot decided
quit_app

ids_after=$(grep -E '^  - id: ' "$bank" | sed 's/^  - id: //')
[ "$(echo "$ids_after" | wc -l)" -eq $((total - 1)) ] || fail "expected $((total - 1)) questions after one rejection"
echo "$ids_after" | grep -qx "$first" || fail "the accepted question $first is gone"
echo "$ids_after" | grep -qx "$second" && fail "the rejected question $second is still in the bank"
# The accepted question's block (up to the next question) carries no draft mark; the others keep theirs.
awk -v id="$first" '/^  - id: /{inside = ($3 == id)} inside && /draft: true/{found=1} END{exit found}' "$bank" ||
    fail "the accepted question $first is still marked draft"
[ "$(grep -c 'draft: true' "$bank")" -eq $((total - 2)) ] || fail "the other drafts lost their mark"
"$retain" lint --source "$data/article.txt" "$bank" || fail "lint --source is not clean after the saves"

# Second start: open the drafted bank from Home; nothing typed.
start_app "$retain" "$data/banks"
click 87 231; sleep 1             # Home: "Review N drafts" under the bank's title and description
shot home_review
typed a                           # accept the first draft still pending
quit_app
third=$(echo "$ids_after" | sed -n 2p)
awk -v id="$third" '/^  - id: /{inside = ($3 == id)} inside && /draft: true/{found=1} END{exit found}' "$bank" ||
    fail "Home's Review did not open the bank with its article: $third is still marked draft"
[ "$(grep -c 'draft: true' "$bank")" -eq $((total - 3)) ] || fail "the review from Home changed more than one draft"
"$retain" lint --source "$data/article.txt" "$bank" || fail "lint --source is not clean after the review from Home"
echo "PASS"
