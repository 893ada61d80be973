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
for lang in "${QT_LANGS[@]}"; do
    ts=translations/petdesk_$lang.ts
    [ -f "$ts" ] || continue
    # A fresh lupdate of a copy (compared without line numbers) and a fresh lrelease of the .ts.
    cp "$ts" "$tmp/fresh_$lang.ts"
    run_lupdate "$lang" "$tmp/fresh_$lang.ts"
    "$LRELEASE" -silent -nounfinished "$ts" -qm "$tmp/petdesk_$lang.qm"
done
core_list "$tmp/core.txt"
gui_list "$tmp/gui.txt"
"${TOOL[@]}" check "$tmp" "$tmp/core.txt" "$tmp/gui.txt"
