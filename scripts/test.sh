#!/usr/bin/env bash
# Set up .venv with the test dependencies and run every check: lint, types (mypy), translations, the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/pytest ] || [ pyproject.toml -nt .venv/.installed-test ]; then
    "$PY" -m venv .venv
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e '.[test]'
    touch .venv/.installed-test
fi
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
echo "== ruff"
.venv/bin/ruff check src tests $(ls -d benchmarks 2>/dev/null)
echo "== mypy"
.venv/bin/mypy
if [ -x scripts/check_translations.sh ]; then
    echo "== translations"
    bash scripts/check_translations.sh
fi
echo "== pytest"
# pytest's exit code 5 (no tests collected) is a failure too: set -e stops on any non-zero code.
# One worker per core (pytest-xdist); a test file stays on one worker, so its module fixtures
# (demo templates) are built once. PETDESK_TEST_WORKERS=0 runs everything in this one process.
# --durations=25: CI's log names the slowest setups and tests, so a file that grows slow is seen.
.venv/bin/python -m pytest -q -n "${PETDESK_TEST_WORKERS:-auto}" --dist loadfile --durations=25 "$@"
