# Sourced by scripts/update_translations.sh and scripts/check_translations.sh (from the project root).
# Finds Python and the Qt Linguist / babel tools beside it, and lists the sources of each catalogue.

if [ -n "${PYTHON:-}" ]; then
    PY=$PYTHON
elif [ -x .venv/bin/python ]; then
    PY=.venv/bin/python
else
    PY=$(command -v python3)
fi
BIN=$(dirname "$PY")

find_tool() {
    if [ -x "$BIN/$1" ]; then
        echo "$BIN/$1"
    elif command -v "$1" >/dev/null; then
        command -v "$1"
    else
        echo "translations: cannot find $1 (install PySide6 and babel beside $PY)" >&2
        return 1
    fi
}
# The Qt tools themselves (40 ms a run) rather than the pyside6-* Python wrappers (a second each).
qt_tool() {
    local found
    for found in "$BIN"/../lib/python3*/site-packages/PySide6/"$1" "$BIN"/../Lib/site-packages/PySide6/"$1.exe"; do
        if [ -x "$found" ]; then
            echo "$found"
            return
        fi
    done
    find_tool "pyside6-$1"
}
LUPDATE=$(qt_tool lupdate)
LRELEASE=$(qt_tool lrelease)
TOOL=("$PY" translations/i18n_tool.py)

#: Languages with a Qt catalogue; English keeps only the plural forms ("%n row(s)").
QT_LANGS=(zh_CN en)
#: Languages with a core (gettext) catalogue.
CORE_LANGS=(zh_CN)

# Every window module; the core modules (everything else under src/petdesk, no Qt).
gui_sources() { find src/petdesk/gui -name '*.py' | LC_ALL=C sort; }
core_sources() { find src/petdesk -name '*.py' -not -path 'src/petdesk/gui/*' -not -path '*/migrations/*' | LC_ALL=C sort; }

# lupdate LANG TS: bring TS up to date with the window's sources.
run_lupdate() {
    local lang=$1 ts=$2 list
    list=$(mktemp)
    gui_sources >"$list"
    local extra=()
    [ "$lang" = en ] && extra=(-pluralonly)
    "$LUPDATE" -silent -no-obsolete -locations absolute -target-language "$lang" "${extra[@]}" \
        @"$list" -ts "$ts"
    rm -f "$list"
}

# The core catalogue (pybabel extract/update, run inside i18n_tool.py) reads its sources from a list.
core_list() {
    core_sources >"$1"
}
gui_list() {
    gui_sources >"$1"
}
