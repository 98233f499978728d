#!/usr/bin/env bash
# Benchmark of wf on large trees: whole-process wall time and peak RSS of `wf where` and `wf done`.
#
#   bench/bench.sh                 sizes 100 1000 10000 100000
#   bench/bench.sh 100 1000        only these sizes (node counts)
#   RUNS=5 bench/bench.sh          timed runs per measurement (default 7 up to 10k nodes, 3 above)
#   JAVA_HOME=/path/to/jdk bench/bench.sh    the JDK to run wf with (as the wf launcher does)
#
# Prints figures; it is not a test. See bench/README.md.
set -euo pipefail

bench_dir="$(dirname "$0")"
wf="$bench_dir/../wf"
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

timer=""
if [ -x /usr/bin/time ] && /usr/bin/time -f '%e %M' true >/dev/null 2>&1; then
  timer=/usr/bin/time
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/wf-bench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# Wall-clock now in nanoseconds: bash's own clock (no process started) where there is one, else date.
now_ns() {
  if [ -n "${EPOCHREALTIME:-}" ]; then
    local t="${EPOCHREALTIME/[.,]/}"   # microseconds
    echo "$((10#$t * 1000))"
  else
    date +%s%N
  fi
}

# The launcher's build and class caches: wf.jar and cli/target/wf-java*. When their state changes during a
# run (someone changed the sources, so the launcher rebuilt wf, or another JDK remade the cache), the run timed
# a build or a cache dump, not wf.
target="$bench_dir/../cli/target"
build_state() { ls -l --time-style=+%s.%N "$target"/wf.jar "$target"/wf-java* 2>/dev/null | awk '{print $5, $6, $7}'; }

# run_once PROJECT VERB FRESH: runs `wf -C DIR VERB` once, DIR being PROJECT itself or, with FRESH=1, a new copy
# of it made before the clock starts. Sets ms (wall) and kb (peak RSS, or empty), or fails with the command's
# output. A run during which the build or class cache changed is repeated (up to 3 tries).
run_once() {
  local src="$1" verb="$2" fresh="$3" dir="$1" attempt start end rc before
  for attempt in 1 2 3; do
    rc=0
    if [ "$fresh" = 1 ]; then
      rm -rf "$tmp/run"
      cp -R "$src" "$tmp/run"
      dir="$tmp/run"
    fi
    before="$(build_state)"
    start="$(now_ns)"
    if [ -n "$timer" ]; then
      "$timer" -f '%e %M' -o "$tmp/time.out" "$wf" -C "$dir" "$verb" >"$tmp/out" 2>"$tmp/err" || rc=$?
    else
      "$wf" -C "$dir" "$verb" >"$tmp/out" 2>"$tmp/err" || rc=$?
    fi
    end="$(now_ns)"
    if [ "$rc" -ne 0 ]; then
      echo "bench: 'wf -C $dir $verb' failed (exit $rc):" >&2
      cat "$tmp/out" "$tmp/err" >&2
      return 1
    fi
    if [ "$attempt" -lt 3 ] && { grep -q '^wf: building' "$tmp/err" || [ "$before" != "$(build_state)" ]; }; then
      echo "bench: wf was rebuilt or its class cache remade during a run; repeating the run" >&2
      continue
    fi
    [ "$attempt" -gt 1 ] && echo "bench: repeated run ok" >&2
    break
  done
  ms=$(((end - start) / 1000000))
  kb=""
  [ -n "$timer" ] && kb="$(tail -n 1 "$tmp/time.out" | awk '{print $2}')"
  return 0
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
max() { printf '%s\n' "$@" | sort -n | tail -n 1; }
mb() { if [ -z "$1" ]; then echo "n/a"; else awk -v k="$1" 'BEGIN {printf "%.1f", k/1024}'; fi; }
human() { awk -v b="$1" 'BEGIN {if (b >= 1048576) printf "%.1f MB", b/1048576; else printf "%.1f KB", b/1024}'; }

# measure PROJECT VERB RUNS FRESH: a warm-up run and RUNS timed runs (see run_once for FRESH).
# Sets med_ms and max_kb.
measure() {
  local src="$1" verb="$2" runs="$3" fresh="$4" i times=() rss=()
  for ((i = 0; i <= runs; i++)); do
    run_once "$src" "$verb" "$fresh" || return 1
    [ "$i" -eq 0 ] && continue   # the warm-up run is not counted
    times+=("$ms")
    [ -n "$kb" ] && rss+=("$kb")
  done
  med_ms="$(median "${times[@]}")"
  max_kb=""
  [ ${#rss[@]} -gt 0 ] && max_kb="$(max "${rss[@]}")"
  return 0
}

echo "JDK:   $("$java" -version 2>&1 | head -n 1)  ($java)"
echo "timer: ${timer:+$timer for peak RSS, }bash clock for wall time"
echo "host:  $(nproc 2>/dev/null || echo '?') CPUs, $(uname -sr), load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"

# The launcher builds wf on first use (and makes its class cache); keep that out of the figures.
echo "bench: preparing wf (build on first use) ..." >&2
if ! "$wf" --help >/dev/null 2>"$tmp/err"; then
  cat "$tmp/err" >&2
  echo "bench: wf does not start" >&2
  exit 1
fi

rows=()
declare -A where_ms
for size in "${sizes[@]}"; do
  runs="${RUNS:-}"
  [ -z "$runs" ] && { if [ "$size" -le 10000 ]; then runs=7; else runs=3; fi; }
  proj="$tmp/gen-$size"
  echo "bench: $size nodes: generating ..." >&2
  python3 "$gen" "$size" "$proj" >/dev/null
  yaml="$proj/workflow-state/workflow.yaml"
  nodes="$(grep -c '^ *- id: ' "$yaml" || true)"
  bytes="$(wc -c <"$yaml" | tr -d ' ')"

  echo "bench: $size nodes: wf where x $runs (+1 warm-up), all on the generated project (where writes nothing) ..." >&2
  w_ms="FAIL" w_kb="" d_ms="FAIL" d_kb=""
  if measure "$proj" where "$runs" 0; then w_ms="$med_ms" w_kb="$max_kb"; where_ms[$size]="$med_ms"; fi
  echo "bench: $size nodes: wf done x $runs (+1 warm-up), each on a fresh copy ..." >&2
  if measure "$proj" done "$runs" 1; then d_ms="$med_ms" d_kb="$max_kb"; fi
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
  if measure "$proj" where "$runs" 0; then c_where="$med_ms"; fi
  if measure "$proj" context "$runs" 0; then c_ms="$med_ms" c_kb="$max_kb"; fi
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
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?') (other work on the machine skews the figures)"
echo "ms: median whole-process wall time (launcher + JVM start + work); RSS: the largest peak of the timed runs."
if [ -n "${where_ms[100000]:-}" ] && [ -n "${where_ms[10000]:-}" ] && [ "${where_ms[10000]}" -gt 0 ]; then
  awk -v a="${where_ms[100000]}" -v b="${where_ms[10000]}" \
    'BEGIN {printf "where(100k)/where(10k) = %d/%d ms = %.2f (10x the nodes)\n", a, b, a/b}'
else
  echo "where(100k)/where(10k) = n/a (needs sizes 10000 and 100000)"
fi
