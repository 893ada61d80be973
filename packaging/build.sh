#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle for the platform this runs on, then smoke-test it.
#   bash packaging/build.sh            ->  dist/petdesk/ (petdesk + petdesk-cli), and on Linux
#                                          dist/petdesk-linux.tar.gz with a .desktop entry, AppStream
#                                          metainfo, hicolor icons and the sync package's
#                                          MIME type under share/; on Windows
#                                          dist/petdesk-windows.zip
# Windows: run it in Git Bash (python on PATH); macOS: also makes dist/petdesk.app.
# Needs network access to PyPI (or a mirror) for PyInstaller and Pillow, which stay in build/.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
BUILD=build/bundle
mkdir -p "$BUILD"
started=$(date +%s)

# 1. A clean build environment with petdesk installed from its wheel (not editable), so PyInstaller
#    collects the package exactly as users get it.
[ -d "$BUILD/venv" ] || "$PY" -m venv "$BUILD/venv"
if [ -x "$BUILD/venv/Scripts/python.exe" ]; then VPY="$BUILD/venv/Scripts/python.exe"; else VPY="$BUILD/venv/bin/python"; fi
"$VPY" -m pip install --quiet --upgrade pip
"$VPY" -m pip install --quiet "pyinstaller>=6.10" "pillow>=10"
rm -rf "$BUILD/wheel"
"$VPY" -m pip wheel --quiet --no-deps --wheel-dir "$BUILD/wheel" .
"$VPY" -m pip install --quiet --force-reinstall --no-deps "$BUILD"/wheel/petdesk-*.whl
"$VPY" -m pip install --quiet "$BUILD"/wheel/petdesk-*.whl   # its dependencies

# 2. Icons for every platform from resources/logo.png.
"$VPY" packaging/make_icons.py "$BUILD/icons"

# 3. The bundle.
PETDESK_ICONS="$PWD/$BUILD/icons" "$VPY" -m PyInstaller --noconfirm \
    --distpath dist --workpath "$BUILD/pyinstaller" packaging/petdesk.spec

# 4. Linux: desktop entry, AppStream metainfo and icons, laid out like /usr (or ~/.local) for an install.
case "$(uname -s)" in
Linux)
    share=dist/petdesk/share
    mkdir -p "$share/applications" "$share/metainfo" "$share/icons"
    cp packaging/linux/org.petdesk.Petdesk.desktop "$share/applications/"
    cp packaging/linux/org.petdesk.Petdesk.metainfo.xml "$share/metainfo/"
    cp -r "$BUILD/icons/hicolor" "$share/icons/"
    mkdir -p "$share/mime/packages"
    cp packaging/linux/org.petdesk.Petdesk.mime.xml "$share/mime/packages/org.petdesk.Petdesk.xml"
    cp packaging/linux/install.sh packaging/linux/uninstall.sh packaging/linux/running.sh dist/petdesk/
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$share/applications/org.petdesk.Petdesk.desktop"
    fi
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate --no-net "$share/metainfo/org.petdesk.Petdesk.metainfo.xml"
    fi
    tar -C dist -czf dist/petdesk-linux.tar.gz petdesk
    ;;
MINGW*|MSYS*|CYGWIN*)
    "$VPY" -c "import shutil; shutil.make_archive('dist/petdesk-windows', 'zip', 'dist', 'petdesk')"
    ;;
esac

# 5. The same smoke test as for the wheel, on the bundle's own executables.
exe=""; case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) exe=.exe ;; esac
bash scripts/smoke_installed.sh "dist/petdesk/petdesk-cli$exe" "dist/petdesk/petdesk$exe"
echo "bundle built and tested in $(( $(date +%s) - started )) s: dist/petdesk/ ($(du -sh dist/petdesk | cut -f1))"
