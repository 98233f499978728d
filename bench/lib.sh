# Timing helpers shared by bench.sh and peers.sh; source it, don't run it.
# The caller sets bench_dir (this folder) and tmp (a scratch folder it removes at exit) before sourcing.
# Sets wf (the launcher) and timer (GNU time, or empty when there is none).

wf="$bench_dir/../wf"
# Every wf measured here starts a JVM of its own, even if a wf daemon runs; peers.sh times the daemon apart.
export WF_NO_DAEMON=1

timer=""
if [ -x /usr/bin/time ] && /usr/bin/time -f '%e %M' true >/dev/null 2>&1; then
  timer=/usr/bin/time
fi

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
# run of wf (someone changed the sources, so the launcher rebuilt wf, or another JDK remade the cache), the run
# timed a build or a cache dump, not wf.
target="$bench_dir/../cli/target"
build_state() { ls -l --time-style=+%s.%N "$target"/wf.jar "$target"/wf-java* 2>/dev/null | awk '{print $5, $6, $7}'; }

# run_once FRESH CMD...: runs CMD once, its output going to $tmp/out and $tmp/err. With FRESH other than '-',
# the folder FRESH is first copied to $tmp/run (before the clock starts), for a CMD that changes its data and
# works on $tmp/run. Sets ms (wall) and kb (peak RSS, or empty), or fails with the command's output.
# A run of wf during which its build or class cache changed is repeated (up to 3 tries).
run_once() {
  local fresh="$1" attempt start end rc before
  shift
  for attempt in 1 2 3; do
    rc=0
    if [ "$fresh" != - ]; then
      rm -rf "$tmp/run"
      cp -R "$fresh" "$tmp/run"
    fi
    before="$(build_state)"
    start="$(now_ns)"
    if [ -n "$timer" ]; then
      "$timer" -f '%e %M' -o "$tmp/time.out" "$@" >"$tmp/out" 2>"$tmp/err" || rc=$?
    else
      "$@" >"$tmp/out" 2>"$tmp/err" || rc=$?
    fi
    end="$(now_ns)"
    if [ "$rc" -ne 0 ]; then
      echo "bench: '$*' failed (exit $rc):" >&2
      cat "$tmp/out" "$tmp/err" >&2
      return 1
    fi
    if [ "$1" = "$wf" ] && [ "$attempt" -lt 3 ] &&
      { grep -q '^wf: building' "$tmp/err" || [ "$before" != "$(build_state)" ]; }; then
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

# measure RUNS FRESH CMD...: a warm-up run and RUNS timed runs of CMD (see run_once for FRESH).
# Sets med_ms and max_kb.
measure() {
  local runs="$1" fresh="$2" i times=() rss=()
  shift 2
  for ((i = 0; i <= runs; i++)); do
    run_once "$fresh" "$@" || return 1
    [ "$i" -eq 0 ] && continue   # the warm-up run is not counted
    times+=("$ms")
    [ -n "$kb" ] && rss+=("$kb")
  done
  med_ms="$(median "${times[@]}")"
  max_kb=""
  [ ${#rss[@]} -gt 0 ] && max_kb="$(max "${rss[@]}")"
  return 0
}

# Start-of-run lines: the load average tells how much other work competes with the figures.
# Timed runs per measurement: RUNS if set, else 7 up to 10,000 nodes and 3 above.
runs_for() { if [ -n "${RUNS:-}" ]; then echo "$RUNS"; elif [ "$1" -le 10000 ]; then echo 7; else echo 3; fi; }

load_average() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'; }
host_line() { echo "host:  $(nproc 2>/dev/null || echo '?') CPUs, $(uname -sr), load average at start: $(load_average)"; }

# wf_ready: calls the launcher once, so that its first-use build stays out of the figures.
wf_ready() {
  echo "bench: preparing wf (build on first use) ..." >&2
  if ! "$wf" --help >/dev/null 2>"$tmp/err"; then
    cat "$tmp/err" >&2
    echo "bench: wf does not start" >&2
    return 1
  fi
}
