#!/usr/bin/env bash
# Install the unpacked petdesk bundle for the current user: ~/.local/opt/petdesk, a `petdesk` and a
# `petdesk-cli` command in ~/.local/bin, the menu entry and icons. Run from the unpacked folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
target="$prefix/opt/petdesk"

# shellcheck source=running.sh
source "$here/running.sh"  # running_from

# A running petdesk reads its modules from the files in $target while it runs: replacing them under
# it breaks every dialog it has not opened yet (field test 46, defect 1). Refusing is simpler and as
# safe as installing beside it, and leaves no old versions to clean up.
if [ -d "$target" ] && [ -n "$(running_from "$target")" ]; then
    echo "petdesk is running from $target; close every petdesk window (and wait for petdesk-cli" >&2
    echo "commands to end), then run install.sh again. Nothing was changed." >&2
    exit 1
fi
mkdir -p "$prefix/opt" "$prefix/bin" "$prefix/share"
rm -rf "$target"
cp -r "$here" "$target"
ln -sf "$prefix/opt/petdesk/petdesk" "$prefix/bin/petdesk"
ln -sf "$prefix/opt/petdesk/petdesk-cli" "$prefix/bin/petdesk-cli"
cp -r "$here/share/." "$prefix/share/"
# "Open with petdesk" for sync packages: share/mime/packages names their file type, which desktops
# know once the MIME database is updated (field test 46, defect 5)
command -v update-mime-database >/dev/null && update-mime-database "$prefix/share/mime" || true
# The menu runs the installed command by its full path: ~/.local/bin is often on PATH only from the
# next login (field test 22). `petdesk FILE` opens a database, or a sync package in the import dialog.
sed -i "s|^Exec=petdesk |Exec=\"$prefix/bin/petdesk\" |" "$prefix/share/applications/org.petdesk.Petdesk.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/share/applications" || true
echo "petdesk installed in $target; start it from the menu or with: petdesk"
echo "To remove it later: bash \"$target/uninstall.sh\" (your data stay unless you remove them too)"
