#!/usr/bin/env bash
# Peak RSS (and time) of the real CLI on the benchmark workspace: import of the 20,000
# articles as text files (written once next to the cached workspace) into a fresh
# workspace, and CSV export of every annotation (1,000,000 spans). /usr/bin/time -v gives
# "Maximum resident set size". Usage: scripts/bench-rss.sh BIN BENCH_DB [CORPUS_DIR]
set -euo pipefail
bin=$1 db=$2 corpus=${3:-}
dir=$(dirname "$db")
if [ -z "$corpus" ]; then
  corpus="${db%.db}-corpus"
  if [ ! -f "$corpus/.complete" ]; then
    rm -rf "$corpus"; mkdir -p "$corpus"
    # the workspace's articles 2..20000 as title + blank line + body (the big one left out)
    python3 - "$db" "$corpus" <<'PY'
import sqlite3, sys, os
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
for i, title, body in con.execute("SELECT id, title, body FROM articles WHERE id > 1 ORDER BY id"):
    with open(os.path.join(sys.argv[2], f"article-{i:05d}.txt"), "w") as f:
        f.write(title + "\n\n" + body + "\n")
PY
    touch "$corpus/.complete"
  fi
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=$(find "$corpus" -type f ! -name '.complete' | wc -l)
measure() { # name, command...
  local name=$1; shift
  /usr/bin/time -v "$@" >"$work/out" 2>"$work/time" || { tail -20 "$work/out" "$work/time"; return 1; }
  local rss wall
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time")
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$work/time")
  echo "RSS $name peak_rss=$((rss / 1024))MB wall=$wall cpu=${cpu}s"
}
measure "import-$n-files" "$bin" import --db "$work/import.db" "$corpus"
secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2, t, ":"); s = 0; for (i = 1; i <= length(t); i++) s = s * 60 + t[i]; print s}' "$work/time")
cpusecs=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$work/time")
# The machine is shared: articles per CPU-second of the CLI is the steadier figure.
echo "RSS import-throughput $(python3 -c "print(round($n / $secs))") articles/s (wall, CLI end to end, $n files), $(python3 -c "print(round($n / max($cpusecs, 0.001)))") articles per CPU-second"
measure "export-csv-annotations" "$bin" export --db "$db" --what annotations --format csv --out "$work/annotations.csv"
echo "RSS export rows=$(($(wc -l <"$work/annotations.csv") - 1)) (lines; quoted newlines count extra)"
