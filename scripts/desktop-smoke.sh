#!/usr/bin/env bash
# Desktop smoke test: launch the real Wails window on a fresh workspace under Xvfb, wait
# until the UI reports (through the Go binding's event) that it listed the five seed
# articles and shows no File menu of its own beside the native one, take a screenshot,
# check it is not blank, and check the app shuts down
# cleanly by itself, saving the window size and the workspace as recent in its settings;
# then start it again and check it opens at the saved size. Settings go to a private
# XDG_CONFIG_HOME, never the user's. Usage: scripts/desktop-smoke.sh BINARY OUT.png
set -euo pipefail
bin=${1:?binary}
shot=${2:?screenshot path}
work=$(mktemp -d -t claimdesk-smoke.XXXXXX)
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
log=$work/app.log
export XDG_CONFIG_HOME=$work/config
settings=$XDG_CONFIG_HOME/claimdesk/settings.json

if [ -z "${DISPLAY:-}" ] || [ -n "${CI:-}" ]; then
  # Re-run ourselves inside a private X server (-a picks a free display number).
  if [ -z "${CLAIMDESK_IN_XVFB:-}" ]; then
    CLAIMDESK_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x820x24" "$0" "$@"
  fi
fi

CLAIMDESK_QUIT_AFTER_READY=4 "$bin" --db "$work/smoke.db" >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  grep -q "ui ready" "$log" && break
  kill -0 "$pid" 2>/dev/null || { echo "FAIL: the app exited before the UI was ready"; cat "$log"; exit 1; }
  sleep 0.5
done
if ! grep -q "ui ready" "$log"; then echo "FAIL: no 'ui ready' within 60 s"; cat "$log"; exit 1; fi
grep -q "articles:5" "$log" || { echo "FAIL: the UI did not list 5 articles:"; grep "ui ready" "$log"; exit 1; }
echo "ok   the window listed the 5 seed articles through the Go bindings"
# One File menu in the window: the native menu bar's. The page reports how many File menus
# it shows itself (the top bar's is for browsers): none.
grep -q "fileMenus:0" "$log" || { echo "FAIL: the page shows its own File menu beside the native one:"; grep "ui ready" "$log"; exit 1; }
echo "ok   the window shows one File menu, the native one (the page shows none)"

sleep 1 # let the first paint settle
mkdir -p "$(dirname "$shot")"
import -display "$DISPLAY" -window root "$shot"
colours=$(identify -format '%k' "$shot")
if [ "$colours" -lt 16 ]; then echo "FAIL: screenshot has only $colours colours (blank window?)"; exit 1; fi
echo "ok   screenshot $shot ($colours colours)"

status=0
wait "$pid" || status=$?
pid=
if [ "$status" -ne 0 ] || ! grep -q "shut down cleanly" "$log"; then
  echo "FAIL: the app did not shut down cleanly (exit $status)"; cat "$log"; exit 1
fi
echo "ok   the app shut down cleanly"

# The window remembered its size and the workspace: settings.json has both.
grep -q "window size [0-9]*x[0-9]* saved" "$log" || { echo "FAIL: the window size was not saved on close"; cat "$log"; exit 1; }
python3 - "$settings" "$work/smoke.db" <<'PY' || { echo "FAIL: settings after the first run:"; cat "$settings"; exit 1; }
import json, sys
st = json.load(open(sys.argv[1]))
assert st["window"]["width"] > 0 and st["window"]["height"] > 0, st["window"]
assert st["recentWorkspaces"][:1] == [sys.argv[2]], st["recentWorkspaces"]
PY
echo "ok   settings saved the window size and the workspace as recent"

# Start again with another saved size: the window opens at it and saves it back.
python3 - "$settings" <<'PY'
import json, sys
st = json.load(open(sys.argv[1])); st["window"] = {"width": 1000, "height": 700}
json.dump(st, open(sys.argv[1], "w"))
PY
CLAIMDESK_QUIT_AFTER_READY=0.5 timeout 90 "$bin" --db "$work/smoke.db" >"$log" 2>&1 &
pid=$!
status=0
wait "$pid" || status=$?
pid=
if [ "$status" -ne 0 ] || ! grep -q "window 1000x700$" "$log" || ! grep -q "window size 1000x700 saved" "$log"; then
  echo "FAIL: the second start did not use the saved size 1000x700 (exit $status)"; cat "$log"; exit 1
fi
echo "ok   the window reopened at the saved size"
echo "6 passed, 0 failed"
