#!/usr/bin/env bash
# Set up petdesk in .venv (first run only) and start the window.
# Without a database of your own yet (default location or $PETDESK_DB), it opens the separate demo
# database (demo.sqlite in the data directory, filled with demo data once) so that a newcomer sees a
# populated window; your own database never receives demo rows. `.venv/bin/petdesk` opens your own
# (a new one starts with the welcome page).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/petdesk ] || [ pyproject.toml -nt .venv/.installed ]; then
    echo "petdesk: setting up .venv (first run takes a minute)…"
    "$PY" -m venv .venv
    .venv/bin/python -m pip install --quiet --upgrade pip
    # -qq: errors only (setuptools' notice about editable installs is not for users)
    .venv/bin/python -m pip install -qq -e .
    touch .venv/.installed
fi
DB=$(.venv/bin/python -c "from petdesk.paths import default_db_path; print(default_db_path())")
if [ ! -s "$DB" ]; then
    DB=$(.venv/bin/python -c "from petdesk.paths import demo_db_path; print(demo_db_path())")
    if [ ! -s "$DB" ]; then
        echo "petdesk: creating the demo database $DB…"
        mkdir -p "$(dirname "$DB")"
        .venv/bin/petdesk --db "$DB" demo --contacts 2000
    fi
    echo "petdesk: opening the demo database $DB (your own starts with .venv/bin/petdesk)"
fi
exec .venv/bin/petdesk --db "$DB" "$@"
