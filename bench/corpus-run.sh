#!/usr/bin/env bash
# The corpus run of docs/performance.md: generates corpora of N articles, times `graph extract` on them at
# parallelism 1 and 2 (articles/s, MB/s, CPU, peak memory from /usr/bin/time -v) and the ripgrep name scan of
# the same files, and prints a Markdown table.
#
#   bench/corpus-run.sh [SIZES...]          default: 1000 10000 100000
#   WORK=/tmp/graph-bench REPEAT=3 bench/corpus-run.sh 1000
#
# Needs /usr/bin/time (Debian package time) and rg (package ripgrep). Corpora are kept in $WORK and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${WORK:-/tmp/graph-bench}
REPEAT=${REPEAT:-1}
SIZES=("${@:-1000 10000 100000}")
read -r -a SIZES <<< "${SIZES[*]}"
mkdir -p "$WORK"
dotnet build -c Release src/Graph.Cli -v quiet -nologo > /dev/null
dotnet build -c Release bench/Graph.Benchmarks -v quiet -nologo > /dev/null
GRAPH="dotnet src/Graph.Cli/bin/Release/net10.0/graph.dll"
BENCH="dotnet bench/Graph.Benchmarks/bin/Release/net10.0/Graph.Benchmarks.dll"

# Prints "wall_seconds cpu_seconds peak_kb" for a command, from /usr/bin/time -v.
measure() {
  local log
  log=$(mktemp)
  /usr/bin/time -v "$@" > /dev/null 2> "$log" || { tail -5 "$log" >&2; rm -f "$log"; return 1; }
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = (n == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
    /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident/ { rss = $2 }
    END { printf "%.2f %.2f %d\n", wall, user + sys, rss }' "$log"
  rm -f "$log"
}

# The best (lowest wall) of REPEAT runs.
best() {
  local best_line="" line
  for _ in $(seq "$REPEAT"); do
    line=$(measure "$@")
    if [[ -z $best_line ]] || awk -v a="$line" -v b="$best_line" 'BEGIN { split(a, x, " "); split(b, y, " "); exit !(x[1] < y[1]) }'; then
      best_line=$line
    fi
  done
  echo "$best_line"
}

echo "Machine: $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "| articles | MB | run | wall s | articles/s | MB/s | CPU s | peak MB |"
echo "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |"
for n in "${SIZES[@]}"; do
  corpus="$WORK/corpus-$n"
  if [[ ! -f $corpus/names.txt ]]; then
    $BENCH corpus --articles "$n" -o "$corpus" 2> /dev/null
  fi
  mb=$(du -sb "$corpus/articles" | awk '{ printf "%.1f", $1 / 1e6 }')
  bytes=$(find "$corpus/articles" -type f -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }')
  for p in 1 2; do
    read -r wall cpu rss < <(best $GRAPH extract "$corpus/articles" -o "$WORK/out-$n-p$p" --parallelism "$p" -v quiet)
    echo "| $n | $bytes | graph extract --parallelism $p | $wall | $(awk -v n="$n" -v w="$wall" 'BEGIN { printf "%.0f", n / w }') | $(awk -v b="$bytes" -v w="$wall" 'BEGIN { printf "%.2f", b / w }') | $cpu | $((rss / 1024)) |"
  done
  cmp -s "$WORK/out-$n-p1/graph.json" "$WORK/out-$n-p2/graph.json" || echo "graph.json differs between parallelism 1 and 2" >&2
  read -r wall cpu rss < <(best rg -c -F -f "$corpus/names.txt" "$corpus/articles")
  echo "| $n | $bytes | rg -c -F -f names.txt | $wall | $(awk -v n="$n" -v w="$wall" 'BEGIN { printf "%.0f", n / w }') | $(awk -v b="$bytes" -v w="$wall" 'BEGIN { printf "%.2f", b / w }') | $cpu | $((rss / 1024)) |"
  : "$mb"
done
