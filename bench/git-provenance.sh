#!/usr/bin/env bash
# What git provenance costs a write: the median whole-process time of `wf done` on a 1,000-node project, inside a
# git repository of FILES tracked files (HEAD, branch and the dirty check) and the same project outside git.
#   bench/git-provenance.sh            FILES=2000 RUNS=7
# Prints figures; it is not a test.
set -euo pipefail
bench_dir="$(cd "$(dirname "$0")" && pwd)"
wf="$bench_dir/../wf"
files="${FILES:-2000}"
runs="${RUNS:-7}"
command -v git >/dev/null || { echo "git-provenance: the git command is needed" >&2; exit 1; }
tmp="$(mktemp -d "${TMPDIR:-/tmp}/wf-gitbench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
export WF_ACTOR=bench GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.org GIT_COMMITTER_NAME=bench \
  GIT_COMMITTER_EMAIL=bench@example.org

python3 "$bench_dir/gen_workflow.py" 1000 "$tmp/plain" >/dev/null
cp -R "$tmp/plain" "$tmp/repo"
(
  cd "$tmp/repo"
  git init -q
  mkdir -p src
  for ((i = 0; i < files; i++)); do echo "line $i" > "src/f$i.txt"; done
  git add -A && git commit -qm "$files files and a workflow"
  echo "changed" >> src/f0.txt   # a dirty work tree: the check has something to find
)
"$wf" --version >/dev/null   # the launcher builds on first use; keep that out

now_ms() { local t="${EPOCHREALTIME/[.,]/}"; echo "$((10#$t / 1000))"; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
measure() { # measure SRC: `wf done` on a fresh copy of SRC, RUNS times after one warm-up; prints the median ms
  local src="$1" times=() i start
  for ((i = 0; i <= runs; i++)); do
    rm -rf "$tmp/run" && cp -R "$src" "$tmp/run"
    start="$(now_ms)"
    "$wf" -C "$tmp/run" done >/dev/null
    [ "$i" -gt 0 ] && times+=("$(($(now_ms) - start))")
  done
  median "${times[@]}"
}
plain="$(measure "$tmp/plain")"
repo="$(measure "$tmp/repo")"
last="$(tail -n 1 "$tmp/run/workflow-state/log.jsonl" | grep -o '"git":{[^}]*}' || true)"
echo "wf done, 1,000 nodes, median of $runs: outside git $plain ms; in a repository of $files files $repo ms" \
  "(+$((repo - plain)) ms)"
echo "provenance logged: $last"
