#!/usr/bin/env bash
# The .deb as a user meets it: build it (from the bundle `make package` built; built first when
# missing), install it, run the installed command and window, remove it, and check that none
# of its files is left. Run as root (dpkg -i); .ci/run calls it after `make test`, and it runs
# alone too. The machine ends as it began: the package is removed on every exit (trap).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" != 0 ]; then
  echo "deb_check: run as root (it installs and removes the vdtracker package)" >&2
  exit 1
fi
installed() { dpkg-query -W -f='${Status}' vdtracker 2>/dev/null | grep -q "installed"; }
if installed; then
  echo "deb_check: a vdtracker package is installed already; remove it first (dpkg -r vdtracker)" >&2
  exit 1
fi
if [ -x dist/vdtracker/vdtracker ]; then
  make icons manpage >/dev/null
  .venv/bin/python packaging/build_deb.py
else
  make deb
fi
version=$(.venv/bin/python -c 'import vdtracker; print(vdtracker.__version__)')
deb="dist/vdtracker_${version}_$(dpkg --print-architecture).deb"
work=$(mktemp -d)
xpid=""
cleanup() {
  [ -z "$xpid" ] || kill "$xpid" 2>/dev/null || true
  if installed || dpkg-query -W vdtracker >/dev/null 2>&1; then
    dpkg --purge vdtracker >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "deb_check: $*" >&2; exit 1; }

# every E: or W: lintian prints is ours: the bundle's own (its libraries, /opt…) are overridden
# in /usr/share/lintian/overrides/vdtracker, each with why (packaging/build_deb.py, OVERRIDES)
if command -v lintian >/dev/null; then
  lintian --pedantic --fail-on error,warning "$deb" \
    || fail "lintian $deb: the errors or warnings above are not overridden"
  echo "deb_check: lintian --pedantic: no error or warning that is not overridden"
fi

dpkg -i "$deb" >/dev/null || fail "dpkg -i $deb failed (its Depends: dpkg-deb -f $deb Depends)"
dpkg -L vdtracker > "$work/files"
echo "deb_check: installed $deb ($(wc -l < "$work/files") paths)"
[ "$(command -v vdtracker)" = /usr/bin/vdtracker ] || fail "vdtracker is not /usr/bin/vdtracker on PATH"

# the installed command, with a data folder of its own (never a real diary)
mkdir -p "$work/data"
export VDTRACKER_DATA_DIR="$work/data"
unset VDTRACKER_DATABASE_URL
out=$(cd / && vdtracker --version)
[ "$out" = "vdtracker $version" ] || fail "vdtracker --version said '$out'"
(cd / && vdtracker alerts --json) | python3 -c 'import json, sys; json.load(sys.stdin)' \
  || fail "vdtracker alerts --json did not print JSON"
(cd / && vdtracker report --out "$work/x.pdf") >/dev/null
[ "$(head -c 4 "$work/x.pdf")" = "%PDF" ] || fail "vdtracker report wrote no PDF"
man_page=$(dpkg -L vdtracker | grep '/man1/vdtracker.1.gz$') && gzip -t "$man_page"
echo "deb_check: vdtracker --version, alerts --json, report --out: fine"

desktop=/usr/share/applications/io.github.vdtracker.vdtracker.desktop
metainfo=/usr/share/metainfo/io.github.vdtracker.vdtracker.metainfo.xml
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -n 1)
command -v "${exec_line%% *}" >/dev/null || fail "the menu entry's Exec=$exec_line is not on PATH"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
  echo "deb_check: desktop-file-validate: fine"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$metainfo" >/dev/null || fail "appstreamcli validate $metainfo"
  echo "deb_check: appstreamcli validate --no-net: fine"
fi

# the installed window under a virtual X server: it must still be up after 3 seconds
if command -v Xvfb >/dev/null; then
  display=:97
  while [ -e "/tmp/.X11-unix/X${display#:}" ] || [ -e "/tmp/.X${display#:}-lock" ]; do
    display=":$(( ${display#:} + 1 ))"
  done
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xpid=$!
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
  (cd / && env -u QT_QPA_PLATFORM -u WAYLAND_DISPLAY DISPLAY="$display" vdtracker \
    > "$work/window.log" 2>&1) &
  app=$!
  sleep 3
  if ! kill -0 "$app" 2>/dev/null; then
    wait "$app" || true
    cat "$work/window.log" >&2
    fail "the installed window did not stay up for 3 seconds under Xvfb"
  fi
  kill "$app"; wait "$app" 2>/dev/null || true
  kill "$xpid"; wait "$xpid" 2>/dev/null || true; xpid=""
  echo "deb_check: the installed window stayed up 3 s under Xvfb"
fi

# removal leaves none of the package's files (folders it shares with others may stay)
dpkg --purge vdtracker >/dev/null
left=$(while IFS= read -r path; do
  if [ -L "$path" ] || { [ -e "$path" ] && [ ! -d "$path" ]; }; then echo "$path"; fi
done < "$work/files")
[ -z "$left" ] || fail "dpkg --purge left: $left"
[ ! -e /opt/vdtracker ] || fail "dpkg --purge left /opt/vdtracker"
echo "deb_check: dpkg --purge vdtracker removed every file of the package"
