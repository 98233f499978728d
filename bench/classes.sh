#!/usr/bin/env bash
# How many classes each everyday verb loads without the class cache (in all, from wf.jar, wf's own) and with it, and
# whether a read loads what it should not (JGit, Jackson databind, the MCP SDK).
#
#   bench/classes.sh               on a generated project of 1,000 nodes
#   bench/classes.sh 10000         on one of that many nodes
#   JAVA_HOME=/path/to/jdk bench/classes.sh
#
# Prints figures; it is not a test (ClassLoadingIT is). See bench/README.md.
set -euo pipefail

bench_dir="$(dirname "$0")"
size="${1:-1000}"
case "$size" in '' | *[!0-9]*) echo "classes: size '$size' is not a whole number" >&2; exit 2 ;; esac
tmp="$(mktemp -d "${TMPDIR:-/tmp}/wf-classes.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
. "$bench_dir/lib.sh"
wf_ready || exit 1

python3 "$bench_dir/gen_workflow.py" "$size" "$tmp/gen" >/dev/null
echo "classes loaded by one run of each verb on $size nodes ($("$wf" --version))"
printf '%-16s %12s %12s %12s %12s  %s\n' verb "no cache" "of them jar" "of them wf" "with cache" "JGit/databind/MCP"
count() { grep -c "$1" "$tmp/classes.log" || true; }
for verb in "where" "where --brief" "next" "log --last 5" "context" "check" "list" "done" "add p4 Another"; do
  row=()
  for nocache in 1 ""; do
    rm -rf "$tmp/run"
    cp -R "$tmp/gen" "$tmp/run"
    # shellcheck disable=SC2086
    if ! WF_NO_CACHE="$nocache" WF_JAVA_OPTS="-Xlog:class+load=info:file=$tmp/classes.log" "$wf" -C "$tmp/run" \
      $verb >/dev/null 2>"$tmp/err"; then
      echo "classes: 'wf $verb' failed:" >&2
      cat "$tmp/err" >&2
      exit 1
    fi
    if [ -n "$nocache" ]; then
      row+=("$(count 'source:')" "$(count 'source: file:.*wf.jar')" "$(count '\] dev\.wf\..*source: file:')")
      heavy="$(grep -cE '\] (org\.eclipse\.jgit|com\.fasterxml\.jackson\.databind|io\.modelcontextprotocol)\.' \
        "$tmp/classes.log" || true)"
    else
      row+=("$(count 'source:')")
      heavy="$heavy / $(grep -cE '\] (org\.eclipse\.jgit|com\.fasterxml\.jackson\.databind|io\.modelcontextprotocol)\.' \
        "$tmp/classes.log" || true)"
    fi
  done
  printf '%-16s %12s %12s %12s %12s  %s\n' "$verb" "${row[@]}" "$heavy"
done
echo "no cache: WF_NO_CACHE=1, every class the verb needs (JDK ones from the JDK's own archive); jar: of them from"
echo "wf.jar (wf and its libraries); wf: of them wf's own. With cache: as the launcher runs it; JDK 25's AOT cache"
echo "loads all it holds at start. The last column: classes of JGit, Jackson databind or the MCP SDK (no cache / cache)."
