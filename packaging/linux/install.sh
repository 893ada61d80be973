#!/usr/bin/env bash
# Install the unpacked petdesk bundle for the current user: ~/.local/opt/petdesk, a `petdesk` and a
# `petdesk-cli` command in ~/.local/bin, the menu entry and icons. Run from the unpacked folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
mkdir -p "$prefix/opt" "$prefix/bin" "$prefix/share"
rm -rf "$prefix/opt/petdesk"
cp -r "$here" "$prefix/opt/petdesk"
ln -sf "$prefix/opt/petdesk/petdesk" "$prefix/bin/petdesk"
ln -sf "$prefix/opt/petdesk/petdesk-cli" "$prefix/bin/petdesk-cli"
cp -r "$here/share/." "$prefix/share/"
# The menu runs the installed command by its full path: ~/.local/bin is often on PATH only from the
# next login (field test 22). `petdesk FILE` opens a database, or a sync package in the import dialog.
sed -i "s|^Exec=petdesk |Exec=\"$prefix/bin/petdesk\" |" "$prefix/share/applications/org.petdesk.Petdesk.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/share/applications" || true
echo "petdesk installed in $prefix/opt/petdesk; start it from the menu or with: petdesk"
