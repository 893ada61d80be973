#!/usr/bin/env bash
# Bring every catalogue up to date with the sources and compile the window's catalogues.
#   window: pyside6-lupdate src/petdesk/gui/**.py → translations/petdesk_<lang>.ts → lrelease → .qm
#   core:   pybabel extract (src/petdesk minus gui) → translations/core/petdesk.pot → core/<lang>.po
# New strings arrive unfinished/untranslated: translate them, run this again, commit translations/.
# See translations/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=../translations/tools.sh
source translations/tools.sh

for lang in "${QT_LANGS[@]}"; do
    ts=translations/petdesk_$lang.ts
    run_lupdate "$lang" "$ts"
    [ "$lang" = en ] && "${TOOL[@]}" fill-en "$ts"
    "$LRELEASE" -silent -nounfinished "$ts" -qm "translations/petdesk_$lang.qm"
done

mkdir -p translations/core
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
run_extract "$tmp/petdesk.pot"
if "${TOOL[@]}" pot-changed translations/core/petdesk.pot "$tmp/petdesk.pot"; then
    cp "$tmp/petdesk.pot" translations/core/petdesk.pot
fi
for lang in "${CORE_LANGS[@]}"; do
    po=translations/core/$lang.po
    if [ -f "$po" ]; then
        "$PYBABEL" -q update -i translations/core/petdesk.pot -o "$po" -l "$lang" -w 110 \
            --no-fuzzy-matching --ignore-obsolete
    else
        "$PYBABEL" -q init -i translations/core/petdesk.pot -o "$po" -l "$lang" -w 110
    fi
    [ "$lang" = zh_CN ] && PYTHONPATH=src "${TOOL[@]}" seed-po "$po"
done

# What is left to translate (the same list the check prints).
"${TOOL[@]}" unfinished translations/petdesk_*.ts || true
for lang in "${CORE_LANGS[@]}"; do
    "${TOOL[@]}" po-check translations/core/petdesk.pot "translations/core/$lang.po" || true
done
