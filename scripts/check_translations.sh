#!/usr/bin/env bash
# CI check: fails (exit 1, listing the strings) when a catalogue is stale against the sources,
# a message is unfinished/untranslated/fuzzy, or a compiled .qm does not match its .ts.
# Fix: run scripts/update_translations.sh, translate what it lists, commit translations/.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=../translations/tools.sh
source translations/tools.sh

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail() { echo "translations: $*"; status=1; }

for lang in "${QT_LANGS[@]}"; do
    ts=translations/petdesk_$lang.ts
    qm=translations/petdesk_$lang.qm
    if [ ! -f "$ts" ]; then
        fail "$ts is missing"
        continue
    fi
    # Stale? lupdate a copy and compare the messages (line numbers do not count).
    cp "$ts" "$tmp/fresh_$lang.ts"
    run_lupdate "$lang" "$tmp/fresh_$lang.ts"
    "${TOOL[@]}" compare-ts "$ts" "$tmp/fresh_$lang.ts" || fail "$ts is stale against src/petdesk/gui"
    # Unfinished?
    "${TOOL[@]}" unfinished "$ts" || fail "$ts has unfinished messages"
    # Compiled? Same bytes as a fresh lrelease, or (another Qt version) the same translations.
    if [ ! -f "$qm" ]; then
        fail "$qm is missing"
        continue
    fi
    "$LRELEASE" -silent -nounfinished "$ts" -qm "$tmp/petdesk_$lang.qm"
    if ! cmp -s "$qm" "$tmp/petdesk_$lang.qm"; then
        "${TOOL[@]}" qm-matches "$ts" "$qm" || fail "$qm is stale"
    fi
done

run_extract "$tmp/petdesk.pot"
if [ ! -f translations/core/petdesk.pot ]; then
    fail "translations/core/petdesk.pot is missing"
elif "${TOOL[@]}" pot-changed translations/core/petdesk.pot "$tmp/petdesk.pot"; then
    fail "translations/core/petdesk.pot is stale against the core sources"
fi
for lang in "${CORE_LANGS[@]}"; do
    po=translations/core/$lang.po
    if [ ! -f "$po" ]; then
        fail "$po is missing"
        continue
    fi
    "${TOOL[@]}" po-check "$tmp/petdesk.pot" "$po" || fail "$po is incomplete or stale"
done

if [ "$status" = 0 ]; then
    echo "translations: all catalogues complete and up to date"
fi
exit "$status"
