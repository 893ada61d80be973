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
# This machine kind sets PYTHONDONTWRITEBYTECODE: every test worker then rewrote and compiled every
# test module again (27 s of CPU to collect, 8 s with pytest's cache), and each of the ~100 petdesk
# subprocesses the tests start compiled petdesk again (0.25 s of CPU each). Caches go to __pycache__.
unset PYTHONDONTWRITEBYTECODE
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
# One worker per core (pytest-xdist). "worksteal" hands each worker a contiguous half of the
# collection, so a file's module fixtures (demo templates) are mostly built once, and an idle worker
# takes tests from the other's end. Not "loadfile": in pytest-xdist 3.8 it hangs for ever once a
# worker dies (stop 56's CI ran out of time so), and it cannot run the dead worker's test again
# (tests/helpers/worker_crash.py does that once). PETDESK_TEST_WORKERS=0 runs everything in this process.
# --durations=25: CI's log names the slowest setups and tests, so a file that grows slow is seen.
.venv/bin/python -m pytest -q -n "${PETDESK_TEST_WORKERS:-auto}" --dist worksteal --durations=25 "$@"
