#!/usr/bin/env bash
# Benchmark of wf on large trees: whole-process wall time and peak RSS of `wf where` and `wf done`.
#
#   bench/bench.sh                 sizes 100 1000 10000 100000
#   bench/bench.sh 100 1000        only these sizes (node counts)
#   RUNS=5 bench/bench.sh          timed runs per measurement (default 7 up to 10k nodes, 3 above)
#   JAVA_HOME=/path/to/jdk bench/bench.sh    the JDK to run wf with (as the wf launcher does)
#   PEERS=1 bench/bench.sh         then bench/peers.sh on the same sizes: wf next to Taskwarrior and Task Master
#
# Prints figures; it is not a test. See bench/README.md.
set -euo pipefail

bench_dir="$(dirname "$0")"
gen="$bench_dir/gen_workflow.py"

sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100 1000 10000 100000)
for s in "${sizes[@]}"; do
  case "$s" in '' | *[!0-9]*) echo "bench: size '$s' is not a whole number" >&2; exit 2 ;; esac
done

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java="$JAVA_HOME/bin/java"
else
  java="$(command -v java || true)"
fi
[ -n "$java" ] || { echo "bench: no java found; set JAVA_HOME" >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench: python3 is needed for the generator" >&2; exit 1; }

tmp="$(mktemp -d "${TMPDIR:-/tmp}/wf-bench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
. "$bench_dir/lib.sh"

echo "JDK:   $("$java" -version 2>&1 | head -n 1)  ($java)"
echo "timer: ${timer:+$timer for peak RSS, }bash clock for wall time"
host_line
wf_ready || exit 1

rows=()
declare -A where_ms
for size in "${sizes[@]}"; do
  runs="$(runs_for "$size")"
  proj="$tmp/gen-$size"
  echo "bench: $size nodes: generating ..." >&2
  python3 "$gen" "$size" "$proj" >/dev/null
  # One write, not timed: the project as wf leaves it (log, views, its copy of what it wrote), like any real one.
  "$wf" -C "$proj" done >/dev/null || { echo "bench: the preparing wf done failed" >&2; exit 1; }
  yaml="$proj/workflow-state/workflow.yaml"
  nodes="$(grep -c '^ *- id: ' "$yaml" || true)"
  bytes="$(wc -c <"$yaml" | tr -d ' ')"

  echo "bench: $size nodes: wf where x $runs (+1 warm-up), all on the generated project (where writes nothing) ..." >&2
  w_ms="FAIL" w_kb="" d_ms="FAIL" d_kb=""
  if measure "$runs" - "$wf" -C "$proj" where; then w_ms="$med_ms" w_kb="$max_kb"; where_ms[$size]="$med_ms"; fi
  echo "bench: $size nodes: wf done x $runs (+1 warm-up), each on a fresh copy ..." >&2
  if measure "$runs" "$proj" "$wf" -C "$tmp/run" done; then d_ms="$med_ms" d_kb="$max_kb"; fi
  rows+=("$(printf '%8s %8s %10s %10s %10s %13s %13s %5s' "$size" "$nodes" "$(human "$bytes")" "$w_ms" "$d_ms" \
    "$(mb "$w_kb")" "$(mb "$d_kb")" "$runs")")
  rm -rf "$proj" "$tmp/run"
done

# wf context: 1,000 nodes, the current node reading 50 sections of 10 Markdown files (CONTEXT_INPUTS=0 skips it).
inputs="${CONTEXT_INPUTS:-50}"
context_row=""
if [ "$inputs" -gt 0 ]; then
  runs="${RUNS:-7}"
  proj="$tmp/gen-context"
  echo "bench: context: 1000 nodes, $inputs inputs: wf where and wf context x $runs (+1 warm-up) ..." >&2
  python3 "$gen" 1000 "$proj" "$inputs" >/dev/null
  c_where="FAIL" c_ms="FAIL" c_kb=""
  if measure "$runs" - "$wf" -C "$proj" where; then c_where="$med_ms"; fi
  if measure "$runs" - "$wf" -C "$proj" context; then c_ms="$med_ms" c_kb="$max_kb"; fi
  read_bytes="$(cat "$proj"/docs/*.md | wc -c | tr -d ' ')"
  shown="$("$wf" -C "$proj" context | tail -n 1)"
  context_row="context, 1000 nodes, $inputs inputs over $(human "$read_bytes") of Markdown: where $c_where ms, context $c_ms ms, RSS $(mb "$c_kb") MB ($shown)"
  rm -rf "$proj"
fi

echo
printf '%8s %8s %10s %10s %10s %13s %13s %5s\n' size nodes file "where ms" "done ms" "where RSS MB" "done RSS MB" runs
printf '%s\n' "${rows[@]}"
[ -n "$context_row" ] && { echo; echo "$context_row"; }
echo
echo "load average at end: $(load_average) (other work on the machine skews the figures)"
echo "ms: median whole-process wall time (launcher + JVM start + work); RSS: the largest peak of the timed runs."
if [ -n "${where_ms[100000]:-}" ] && [ -n "${where_ms[10000]:-}" ] && [ "${where_ms[10000]}" -gt 0 ]; then
  awk -v a="${where_ms[100000]}" -v b="${where_ms[10000]}" \
    'BEGIN {printf "where(100k)/where(10k) = %d/%d ms = %.2f (10x the nodes)\n", a, b, a/b}'
else
  echo "where(100k)/where(10k) = n/a (needs sizes 10000 and 100000)"
fi

if [ "${PEERS:-0}" = 1 ]; then
  echo
  "$bench_dir/peers.sh" "${sizes[@]}"
fi
