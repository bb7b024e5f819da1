#!/bin/sh
# Remove what install.sh installed, and only that: the files listed in
# ~/.local/lib/vdtracker/installed.list, the ~/.local/bin/vdtracker link, that folder. First
# `vdtracker --forget-login` (the start at login, if Settings turned it on).
# Your diary is not touched: ~/.local/share/vdtracker (or $VDTRACKER_DATA_DIR) and the log in
# ~/.local/state/vdtracker stay until you delete them yourself.
set -eu
lib=$HOME/.local/lib/vdtracker
link=$HOME/.local/bin/vdtracker
say() { echo "uninstall.sh: $*"; }
list=$lib/installed.list
if [ ! -f "$list" ]; then
  say "VD Tracker is not installed in $lib: nothing to remove"
  exit 0
fi
if [ "${1:-}" != "--keep-login" ] && [ -x "$lib/vdtracker" ]; then
  "$lib/vdtracker" --forget-login || true
fi
count=0
while IFS= read -r path; do
  case "$path" in /*) ;; *) continue ;; esac
  if [ -f "$path" ] || [ -L "$path" ]; then rm -f "$path"; count=$((count + 1)); fi
done < "$list"
if [ -L "$link" ] && [ "$(readlink "$link")" = "$lib/vdtracker" ]; then rm -f "$link"; fi
if command -v update-desktop-database >/dev/null 2>&1 && [ -d "${XDG_DATA_HOME:-$HOME/.local/share}/applications" ]; then
  update-desktop-database -q "${XDG_DATA_HOME:-$HOME/.local/share}/applications" 2>/dev/null || true
fi
rm -rf "$lib"
say "removed $lib, $link and $count files; your diary stays in ${VDTRACKER_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/vdtracker}"
