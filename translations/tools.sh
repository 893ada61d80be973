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
LUPDATE=$(find_tool pyside6-lupdate)
LRELEASE=$(find_tool pyside6-lrelease)
PYBABEL=$(find_tool pybabel)
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

# pybabel extract into POT: the core's _("..."), N_("..."), ngettext and translator.ngettext.
run_extract() {
    local pot=$1
    # shellcheck disable=SC2046
    "$PYBABEL" -q extract -o "$pot" -w 110 --project petdesk --copyright-holder "petdesk authors" \
        --add-comments "TRANSLATORS:" -k N_ -k ngettext:1,2 \
        $(core_sources)
}
