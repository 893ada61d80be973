#!/usr/bin/env bash
# Bring every catalogue up to date with the sources and compile the window's catalogues.
#   window: lupdate src/petdesk/gui/**.py → translations/petdesk_<lang>.ts → lrelease → .qm
#   core:   pybabel extract (src/petdesk minus gui) → translations/core/petdesk.pot → pybabel update
#           → translations/core/<lang>.po (read at run time by babel, nothing to compile)
# New strings arrive unfinished/untranslated and are listed at the end: translate them, run this
# again, commit translations/. See translations/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=../translations/tools.sh
source translations/tools.sh

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for lang in "${QT_LANGS[@]}"; do
    run_lupdate "$lang" "translations/petdesk_$lang.ts"
done
core_list "$tmp/core.txt"
gui_list "$tmp/gui.txt"
# English plural forms, pybabel extract + update of the core catalogue, the list of what is left
"${TOOL[@]}" update "$tmp/core.txt" "$tmp/gui.txt"
for lang in "${QT_LANGS[@]}"; do
    "$LRELEASE" -silent -nounfinished "translations/petdesk_$lang.ts" -qm "translations/petdesk_$lang.qm"
done
