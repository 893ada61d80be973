# Sourced by install.sh and uninstall.sh, which must not replace or remove a running petdesk.
# running_from FOLDER: the programs this user runs from FOLDER (the resolved paths of the
# processes' executables, from /proc), one per line, relative to FOLDER.
running_from() {
    local folder exe
    folder=$(realpath -m "$1")
    for exe in /proc/[0-9]*/exe; do
        exe=$(readlink "$exe" 2>/dev/null) || continue
        case "$exe" in "$folder"/*) echo "${exe#"$folder"/}" ;; esac
    done
}
