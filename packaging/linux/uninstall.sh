#!/usr/bin/env bash
# Remove what install.sh installed for the current user: the program (~/.local/opt/petdesk), the
# `petdesk` and `petdesk-cli` commands, the menu entry, metainfo, icons and the sync packages' file
# type. The data stay: the end says where they are and how to remove them too.
#   bash ~/.local/opt/petdesk/uninstall.sh          (PREFIX=… as given to install.sh)
set -euo pipefail
prefix=${PREFIX:-$HOME/.local}
target="$prefix/opt/petdesk"
app=org.petdesk.Petdesk

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=running.sh
source "$here/running.sh"  # running_from

if [ -d "$target" ] && [ -n "$(running_from "$target")" ]; then
    echo "petdesk is running from $target; close every petdesk window, then run uninstall.sh again." >&2
    echo "Nothing was changed." >&2
    exit 1
fi
# bash keeps this script open: removing the folder it may run from does not cut it short
rm -rf "$target"
for command in petdesk petdesk-cli; do  # only our links: a petdesk installed otherwise stays
    link="$prefix/bin/$command"
    if [ -L "$link" ] && [ "$(readlink "$link")" = "$target/$command" ]; then rm -f "$link"; fi
done
rm -f "$prefix/share/applications/$app.desktop" "$prefix/share/metainfo/$app.metainfo.xml" \
    "$prefix/share/mime/packages/$app.xml"
[ -d "$prefix/share/icons/hicolor" ] && find "$prefix/share/icons/hicolor" -name "$app.*" -delete
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/share/applications" || true
# the desktop's cache of file types, written by install.sh's update: removed when it names nothing now
cache_of_types="$prefix/share/applications/mimeinfo.cache"
if [ -f "$cache_of_types" ] && ! grep -qv '^\[MIME Cache\]$\|^$' "$cache_of_types"; then rm -f "$cache_of_types"; fi
command -v update-mime-database >/dev/null && [ -d "$prefix/share/mime/packages" ] \
    && update-mime-database "$prefix/share/mime" || true

data="${XDG_DATA_HOME:-$HOME/.local/share}/petdesk"
config="${XDG_CONFIG_HOME:-$HOME/.config}/petdesk"
cache="${TMPDIR:-/tmp}/jieba.cache"
cat <<END
petdesk was removed from $prefix. Your data were kept:
  databases, their backups (backups/) and the error log:  $data
  the window's settings:                                  $config
  dossiers and exports you saved, e.g. ~/Documents/dossier-*.pdf
  the Chinese word list cache of the dossiers:            $cache
  (a database you opened with --db or PETDESK_DB elsewhere stays where it is)
To remove an office's data with its backups and keyring passphrases, run "petdesk-cli forget-office"
before uninstalling. To remove everything now, after copying what you want to keep:
  rm -rf "$data" "$config" "$cache"
END
