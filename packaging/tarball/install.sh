#!/bin/sh
# Install VD Tracker for this user from the unpacked tarball (no root, no Python needed):
#   ~/.local/lib/vdtracker/        this folder (the bundle, and uninstall.sh)
#   ~/.local/bin/vdtracker         -> ~/.local/lib/vdtracker/vdtracker
#   $XDG_DATA_HOME (~/.local/share)/<each path in share.list>: the menu entry (its Exec the
#                                  absolute path above), metainfo, icons, man page, completions
# Your diary is not touched: it stays in ~/.local/share/vdtracker (or $VDTRACKER_DATA_DIR).
# ./uninstall.sh (also in ~/.local/lib/vdtracker/) removes exactly what this wrote.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
case "${XDG_DATA_HOME:-}" in /*) data=$XDG_DATA_HOME ;; *) data=$HOME/.local/share ;; esac
bindir=$HOME/.local/bin
lib=$HOME/.local/lib/vdtracker
say() { echo "install.sh: $*"; }
die() { echo "install.sh: $*" >&2; exit 1; }

[ -x "$here/vdtracker" ] && [ -f "$here/share.list" ] \
  || die "$here is not the unpacked VD Tracker tarball (vdtracker and share.list are missing)"
case "$lib" in *[\"\`\$\\\|\&]*) die "cannot write a menu entry for $lib: its path has a quote, \$, \\, | or &" ;; esac
link=$bindir/vdtracker
if [ -e "$link" ] || [ -L "$link" ]; then
  [ "$(readlink "$link" 2>/dev/null || true)" = "$lib/vdtracker" ] \
    || die "$link exists already (another vdtracker, e.g. from pipx): remove that one first"
fi
if [ -e "$lib" ] && [ ! -f "$lib/install.sh" ]; then
  die "$lib exists and is not an earlier install of this tarball: move it away first"
fi

# the bundle: copied beside, then put in place whole (an older version is replaced)
if [ "$here" != "$lib" ]; then
  mkdir -p "$(dirname "$lib")"
  rm -rf "$lib.new"
  cp -R "$here" "$lib.new"
  if [ -f "$lib/installed.list" ]; then "$lib/uninstall.sh" --keep-login >/dev/null; fi
  rm -rf "$lib"
  mv "$lib.new" "$lib"
fi
mkdir -p "$bindir"
ln -sfn "$lib/vdtracker" "$link"

list=$lib/installed.list
: > "$list.new"
while IFS= read -r rel; do
  [ -n "$rel" ] || continue
  dest=$data/$rel
  mkdir -p "$(dirname "$dest")"
  case "$rel" in
    applications/*.desktop)  # Exec: the absolute path, as ~/.local/bin may not be on PATH
      exe=$lib/vdtracker
      case "$exe" in *" "*) exe="\"$exe\"" ;; esac
      sed "s|^Exec=vdtracker|Exec=$exe|" "$lib/share/$rel" > "$dest.new" ;;
    *) cp "$lib/share/$rel" "$dest.new" ;;
  esac
  chmod 644 "$dest.new"
  mv "$dest.new" "$dest"
  echo "$dest" >> "$list.new"
done < "$lib/share.list"
mv "$list.new" "$list"

if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$data/applications" 2>/dev/null || true
fi
say "installed VD Tracker in $lib, the command $link and $(wc -l < "$list") files under $data"
case ":$PATH:" in *":$bindir:"*) ;; *) say "note: add $bindir to PATH to type vdtracker" ;; esac
say "zsh completion: add $data/zsh/vendor-completions to fpath in ~/.zshrc"
say "your diary stays where it is: ${VDTRACKER_DATA_DIR:-$data/vdtracker}"
