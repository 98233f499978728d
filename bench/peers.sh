#!/usr/bin/env bash
# wf next to its peers on equivalent data, in one run: Taskwarrior (`task next`, `task ID done`) and Task Master
# (`task-master list`, `task-master next`) against `wf where` and `wf done`, each in a JVM of its own, and `wf where`
# answered by a wf daemon (started for the run, stopped after it). Prints one table of median wall times with the
# ratios, and one of peak RSS.
#
#   bench/peers.sh                 sizes 100 1000 10000
#   bench/peers.sh 100 100000      only these sizes (node counts; 100000 adds a few minutes)
#   RUNS=3 bench/peers.sh          timed runs per measurement (default 7 up to 10k nodes, 3 above)
#
# On first use it installs what is missing: Taskwarrior from Debian's packages (as root or with sudo), Task
# Master from npm into bench/.peers/ (git-ignored). A peer that cannot be had is skipped, with a word on how to
# get it. Prints figures; it is not a test. See bench/README.md.
set -euo pipefail

bench_dir="$(dirname "$0")"
tm_version=0.43.1   # Task Master, pinned: gen_peers.py writes its tasks.json format
peers_dir="$(cd "$bench_dir" && pwd)/.peers"   # absolute: Task Master runs in its project folder

sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100 1000 10000)
for s in "${sizes[@]}"; do
  case "$s" in '' | *[!0-9]*) echo "peers: size '$s' is not a whole number" >&2; exit 2 ;; esac
done
command -v python3 >/dev/null || { echo "peers: python3 is needed for the generators" >&2; exit 1; }

tmp="$(mktemp -d "${TMPDIR:-/tmp}/wf-peers.XXXXXX")"
daemon_started=""
trap 'rm -rf "$tmp"; [ -z "$daemon_started" ] || env -u WF_NO_DAEMON "$wf" daemon stop >/dev/null 2>&1' EXIT
. "$bench_dir/lib.sh"
mkdir -p "$tmp/home"
: >"$tmp/taskrc"

# Each peer runs with an empty environment and a scratch HOME: no API key, no user config, no ~/.task.
tw=(env -i PATH="$PATH" HOME="$tmp/home" TASKRC="$tmp/taskrc"
  task rc.confirmation=off rc.hooks=off rc.verbose=nothing)
# TASKMASTER_SKIP_AUTO_UPDATE: no version check against npm (nor self-update) on each command; telemetry is off
# in the generated .taskmaster/config.json. TMPDIR: where it would cache that check for an hour. Task Master finds
# its project from the working directory, so it runs as `env -C PROJECT "${tm[@]}" VERB`.
tm=(env -i PATH="$PATH" HOME="$tmp/home" TMPDIR="$tmp/home" TASKMASTER_SKIP_AUTO_UPDATE=1
  "$peers_dir/node_modules/.bin/task-master")

have_taskwarrior() {
  if ! command -v task >/dev/null; then
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
      command -v sudo >/dev/null || {
        echo "peers: Taskwarrior is missing; install it with 'apt-get install taskwarrior' as root. Skipping it." >&2
        return 1
      }
      sudo=(sudo)
    fi
    echo "peers: installing Taskwarrior (apt-get install taskwarrior) ..." >&2
    local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q)
    if ! { "${apt[@]}" install -y taskwarrior || { "${apt[@]}" update && "${apt[@]}" install -y taskwarrior; }; } >&2
    then
      echo "peers: could not install Taskwarrior; try 'sudo apt-get install taskwarrior'. Skipping it." >&2
      return 1
    fi
  fi
  # go-task installs a `task` too; Taskwarrior's `task _version` prints a bare version number.
  "${tw[@]}" _version 2>/dev/null | grep -q '^[0-9]' || {
    echo "peers: the 'task' on PATH is not Taskwarrior. Skipping it." >&2
    return 1
  }
}

have_taskmaster() {
  local pkg="$peers_dir/node_modules/task-master-ai/package.json" installed=""
  [ -f "$pkg" ] && installed="$(sed -n 's/^[[:space:]]*"version":[[:space:]]*"\(.*\)".*/\1/p' "$pkg" | head -n 1)"
  if [ "$installed" != "$tm_version" ]; then
    command -v npm >/dev/null || {
      echo "peers: Task Master needs Node.js 20+ and npm (Debian: apt-get install nodejs npm). Skipping it." >&2
      return 1
    }
    echo "peers: installing task-master-ai@$tm_version into $peers_dir (a few minutes, about 1.4 GB) ..." >&2
    # --ignore-scripts: some of its dependencies' install scripts would download more.
    npm install --prefix "$peers_dir" --save-exact --ignore-scripts --no-audit --no-fund \
      "task-master-ai@$tm_version" >&2 || { echo "peers: npm install failed. Skipping Task Master." >&2; return 1; }
  fi
  local major
  major="$(node --version 2>/dev/null | sed -n 's/^v\([0-9]*\).*/\1/p')"
  [ "${major:-0}" -ge 20 ] || { echo "peers: Task Master needs Node.js 20 or newer. Skipping it." >&2; return 1; }
}

# offline_check DIR: Task Master must not reach the network: with strace at hand, a `next` that opens an
# internet socket disqualifies it. (execve is traced too, to tell a clean trace from a trace that never ran.)
offline_check() {
  command -v strace >/dev/null || { echo "peers: no strace; Task Master's offline check skipped" >&2; return 0; }
  strace -f -qq -e trace=execve,connect -o "$tmp/strace" env -C "$1" "${tm[@]}" next >/dev/null 2>&1 || true
  grep -q execve "$tmp/strace" 2>/dev/null || {
    echo "peers: strace could not trace here; Task Master's offline check skipped" >&2
    return 0
  }
  if grep -q 'AF_INET' "$tmp/strace"; then
    echo "peers: Task Master tried to reach the network:" >&2
    grep 'AF_INET' "$tmp/strace" | head -n 5 >&2
    return 1
  fi
}

echo "peers: checking the peers ..." >&2
tw_ok=0 tm_ok=0
have_taskwarrior && tw_ok=1
have_taskmaster && tm_ok=1
wf_ready || exit 1

# The daemon column: the launcher asks a running wf daemon. One that runs already is used and left running.
daemon=(env -u WF_NO_DAEMON "$wf")
case "$("${daemon[@]}" daemon start 2>&1)" in
  *"daemon: started"*) daemon_started=1 ;;
  *"already running"*) ;;
  *) echo "peers: wf daemon start failed; the daemon column is skipped" >&2; daemon=() ;;
esac

echo "wf:    $("$wf" --version 2>/dev/null)"
[ "$tw_ok" = 1 ] && echo "task:  Taskwarrior $("${tw[@]}" _version)"
[ "$tm_ok" = 1 ] && echo "tm:    task-master-ai $tm_version on node $(node --version)"
echo "timer: ${timer:+$timer for peak RSS, }bash clock for wall time"
host_line

cell() { if [ "$1" = 1 ]; then echo "$med_ms $(mb "$max_kb")"; else echo "FAIL n/a"; fi; }
ratio() { case "$1$2" in *[!0-9]*) echo "n/a" ;; *) awk -v a="$1" -v b="$2" 'BEGIN {printf (a / b < 0.1 ? "%.2fx" : "%.1fx"), a / b}' ;; esac; }

times=() rss=() notes=()
declare -A c
for size in "${sizes[@]}"; do
  runs="$(runs_for "$size")"
  data="$tmp/gen-$size"
  echo "peers: $size nodes: generating ..." >&2
  python3 "$bench_dir/gen_workflow.py" "$size" "$data/wf" >/dev/null
  "$wf" -C "$data/wf" done >/dev/null || { echo "peers: the preparing wf done failed" >&2; exit 1; } # as bench.sh
  notes+=("$size: $(python3 "$bench_dir/gen_peers.py" "$size" "$data")")
  for k in ww wv wd tn td tl tx; do c[$k]="- -"; done

  echo "peers: $size nodes: wf where, wf where by the daemon, wf done x $runs (+1 warm-up) ..." >&2
  c[ww]="$(measure "$runs" - "$wf" -C "$data/wf" where && cell 1 || cell 0)"
  if [ ${#daemon[@]} -gt 0 ]; then
    c[wv]="$(measure "$runs" - "${daemon[@]}" -C "$data/wf" where && cell 1 || cell 0)"
  fi
  c[wd]="$(measure "$runs" "$data/wf" "$wf" -C "$tmp/run" done && cell 1 || cell 0)"

  if [ "$tw_ok" = 1 ]; then
    echo "peers: $size nodes: task import, task next, task ID done x $runs (+1 warm-up) ..." >&2
    mkdir "$data/tw"
    start="$(now_ns)"
    "${tw[@]}" rc.data.location="$data/tw" import "$data/taskwarrior.json" >/dev/null
    notes+=("$size: task import of $size tasks took $((($(now_ns) - start) / 1000000)) ms (once)")
    c[tn]="$(measure "$runs" - "${tw[@]}" rc.data.location="$data/tw" next && cell 1 || cell 0)"
    id="$("${tw[@]}" rc.data.location="$data/tw" +ACTIVE ids)"   # the started task
    c[td]="$(measure "$runs" "$data/tw" "${tw[@]}" rc.data.location="$tmp/run" "$id" done && cell 1 || cell 0)"
  fi

  if [ "$tm_ok" = 1 ]; then
    if [ "${tm_checked:-0}" = 0 ]; then offline_check "$data/taskmaster" || tm_ok=0; tm_checked=1; fi
  fi
  if [ "$tm_ok" = 1 ]; then
    echo "peers: $size nodes: task-master list, task-master next x $runs (+1 warm-up) ..." >&2
    c[tl]="$(measure "$runs" - env -C "$data/taskmaster" "${tm[@]}" list && cell 1 || cell 0)"
    c[tx]="$(measure "$runs" - env -C "$data/taskmaster" "${tm[@]}" next && cell 1 || cell 0)"
  fi

  read -r ww ww_mb <<<"${c[ww]}"; read -r wv wv_mb <<<"${c[wv]}"; read -r wd wd_mb <<<"${c[wd]}"
  read -r tn tn_mb <<<"${c[tn]}"; read -r td td_mb <<<"${c[td]}"; read -r tl tl_mb <<<"${c[tl]}"
  read -r tx tx_mb <<<"${c[tx]}"
  times+=("$(printf '%8s %9s %9s %9s %10s %10s %9s %9s %10s %10s %10s %10s %5s' "$size" "$ww" "$wv" "$wd" "$tn" \
    "$td" "$tl" "$tx" "$(ratio "$tl" "$ww")" "$(ratio "$tl" "$wv")" "$(ratio "$ww" "$tn")" "$(ratio "$wv" "$tn")" \
    "$runs")")
  rss+=("$(printf '%8s %9s %9s %9s %10s %10s %9s %9s' "$size" "$ww_mb" "$wv_mb" "$wd_mb" "$tn_mb" "$td_mb" "$tl_mb" \
    "$tx_mb")")
  rm -rf "$data" "$tmp/run"
done

echo
echo "median wall ms"
printf '%8s %9s %9s %9s %10s %10s %9s %9s %10s %10s %10s %10s %5s\n' size "wf where" "wf where" "wf done" \
  "task next" "task done" "tm list" "tm next" "tm list/" "tm list/" "wf where/" "daemon/" runs
printf '%8s %9s %9s %9s %10s %10s %9s %9s %10s %10s %10s %10s\n' "" "" "(daemon)" "" "" "" "" "" "wf where" \
  "daemon" "task next" "task next"
printf '%s\n' "${times[@]}"
echo
echo "peak RSS MB (the daemon column: the launcher's bash and cat, not the daemon)"
printf '%8s %9s %9s %9s %10s %10s %9s %9s\n' size "wf where" "(daemon)" "wf done" "task next" "task done" "tm list" \
  "tm next"
printf '%s\n' "${rss[@]}"
echo
printf '%s\n' "${notes[@]}"
echo "load average at end: $(load_average) (other work on the machine skews the figures)"
echo "ms: median whole-process wall time; RSS: the largest peak of the timed runs; '-': peer skipped."
echo "wf where: a JVM of its own (WF_NO_DAEMON=1); (daemon): the launcher asks the running wf daemon."
echo "tm list/...: how many times faster wf where is than task-master list (target: 40x or more)."
echo ".../task next: how many times slower wf where is than task next (target: 5x or less)."
