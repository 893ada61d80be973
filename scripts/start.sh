#!/usr/bin/env bash
# Set up petdesk in .venv (first run only) and start the window.
# Without a database at the default location (or $PETDESK_DB), a demo database is created first.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/petdesk ] || [ pyproject.toml -nt .venv/.installed ]; then
    echo "petdesk: setting up .venv (first run takes a minute)…"
    "$PY" -m venv .venv
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e .
    touch .venv/.installed
fi
DB=$(.venv/bin/python -c "from petdesk.paths import default_db_path; print(default_db_path())")
if [ ! -s "$DB" ]; then
    echo "petdesk: no database at $DB yet, creating one with demo data…"
    .venv/bin/petdesk --db "$DB" demo --contacts 2000
fi
exec .venv/bin/petdesk --db "$DB" "$@"
