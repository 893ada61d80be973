#!/usr/bin/env bash
# Smoke test of an installed petdesk (a wheel in a fresh venv, or a PyInstaller bundle), run from an
# empty temporary folder so that nothing of the source tree can be found by accident.
#   bash scripts/smoke_installed.sh /path/to/venv/bin/petdesk [/path/to/windowed/petdesk]
# The first argument runs the commands, the second (default: the first) opens the window.
set -euo pipefail
CLI=$(realpath "$1")
GUI=$(realpath "${2:-$1}")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
export PETDESK_DB="$WORK/smoke.sqlite" QT_QPA_PLATFORM=offscreen
# a fresh home, so no settings or data of the user running this play a part
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
unset PETDESK_LANG LANGUAGE LC_ALL LC_MESSAGES
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

echo "-- version";  LANG=C.UTF-8 "$CLI" --version | tee out.txt
grep -q '^petdesk [0-9]' out.txt || fail "no version"

echo "-- demo";     LANG=C.UTF-8 "$CLI" demo --contacts 50 | tee out.txt
grep -q "50 contacts" out.txt || fail "demo did not add 50 contacts"

echo "-- a search typed in Traditional (field test 60): the converter's tables ship with the program"
LANG=zh_CN.UTF-8 "$CLI" search 環境 > out.txt 2>&1 || { cat out.txt; fail "a search typed in Traditional failed"; }
cat out.txt
grep -q "环境" out.txt || fail "環境 did not find the demo's 环境 organisations (Traditional -> Simplified tables)"

echo "-- dossier"
VISIT=$(LANG=C.UTF-8 "$CLI" visits --from 2000-01-01 --to 2100-01-01 | head -1 | cut -d' ' -f1)
[ -n "$VISIT" ] || fail "no visit to print"
LANG=C.UTF-8 "$CLI" dossier visit "$VISIT" --out visit.pdf
pdffonts visit.pdf | tee fonts.txt
[ "$(tail -n +3 fonts.txt | wc -l)" -ge 2 ] || fail "the dossier has too few fonts"
# column "emb" of pdffonts: every font is embedded
tail -n +3 fonts.txt | awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit bad }' || fail "a font is not embedded"
grep -q "Droid\|PetdeskCJK" fonts.txt || fail "the CJK font is not in the dossier"

echo "-- Chinese command line"
LANG=zh_CN.UTF-8 "$CLI" visits --from 2000-01-01 --to 2000-01-02 | tee out.txt
grep -q "该时间段内没有访问安排" out.txt || fail "the command line did not speak Chinese"

echo "-- --lang zh_CN, whatever the system's language"
LANG=C.UTF-8 "$CLI" --lang zh_CN stats | tee out.txt
grep -q "数据库结构版本" out.txt || fail "--lang zh_CN did not find the core catalogue"

echo "-- window in Chinese"
LANG=zh_CN.UTF-8 timeout 120 "$GUI" gui --smoke-test 2>&1 | tee out.txt
grep -q "menus: 文件(&F)" out.txt || fail "the window's menus are not in Chinese"
grep -q "catalogues: qtbase_zh_CN" out.txt || fail "Qt's own Chinese catalogue (qtbase_zh_CN.qm) was not found"
grep -q "fallback fonts: Petdesk Hangul | Droid Sans Fallback" out.txt || fail "the Korean or Chinese font is missing"
# field test 46, defect 2: a viewer or file manager the window starts must not get the bundle's
# libraries and Qt plug-ins (LD_LIBRARY_PATH, QT_PLUGIN_PATH pointing into the bundle's folder)
grep "^external programs get:" out.txt > env.txt || fail "the window did not say what external programs get"
! grep -qF "$(dirname "$GUI")" env.txt || fail "external programs get the bundle's paths: $(cat env.txt)"

echo "smoke test passed: $CLI"
