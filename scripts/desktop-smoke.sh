#!/usr/bin/env bash
# Desktop smoke test: launch the real Wails window on a fresh workspace under Xvfb, wait
# until the UI reports (through the Go binding's event) that it listed the five seed
# articles, take a screenshot, check it is not blank, and check the app shuts down
# cleanly by itself. Usage: scripts/desktop-smoke.sh BINARY OUT.png
set -euo pipefail
bin=${1:?binary}
shot=${2:?screenshot path}
work=$(mktemp -d -t claimdesk-smoke.XXXXXX)
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
log=$work/app.log

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
echo "3 passed, 0 failed"
