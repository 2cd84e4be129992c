#!/usr/bin/env bash
# Desktop start-up on the benchmark workspace: launch -> the "ui ready" log line, under
# Xvfb, CLAIMDESK_QUIT_AFTER_READY=1 so it exits. The UI sends ui:ready once the article
# list's first rows have been painted (the frame after they entered the DOM), not when
# the data arrived. Prints each run and the median.
# Usage: scripts/bench-desktop-startup.sh DESKTOP_BIN BENCH_DB [RUNS]
set -euo pipefail
if [ -z "${CLAIMDESK_IN_XVFB:-}" ] && [ -z "${DISPLAY:-}" ]; then
  CLAIMDESK_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x820x24" "$0" "$@"
fi
bin=$1 src=$2 runs=${3:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src" "$work/bench.db"
times=()
for i in $(seq "$runs"); do
  log="$work/log$i"
  t0=$(date +%s%N)
  XDG_CONFIG_HOME="$work/config$i" CLAIMDESK_QUIT_AFTER_READY=1 timeout 120 "$bin" --db "$work/bench.db" >"$log" 2>&1 &
  pid=$!
  while ! grep -q "ui ready" "$log" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.01
  done
  t1=$(date +%s%N)
  wait "$pid" || true
  if grep -q "ui ready" "$log"; then
    ms=$(( (t1 - t0) / 1000000 ))
    times+=("$ms")
    echo "DESKTOP start-to-ui-ready run=$i ${ms}ms $(grep -o 'ui ready.*' "$log" | head -1)"
  else
    echo "DESKTOP run=$i no 'ui ready' line:"; tail -5 "$log"
  fi
done
if [ ${#times[@]} -gt 0 ]; then
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(echo "$sorted" | sed -n "$(( (${#times[@]} + 1) / 2 ))p")
  echo "DESKTOP start-to-ui-ready median=${median}ms runs=${#times[@]} [$(echo $sorted)]"
fi
