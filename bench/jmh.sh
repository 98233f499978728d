#!/usr/bin/env bash
# JMH benchmarks of wf's core operations (load, validate, roll-up, save, merge) on generated trees.
#
#   bench/jmh.sh                           every benchmark at its default sizes (about 10 minutes on 2 cores)
#   bench/jmh.sh Load -p nodes=1000        arguments go to JMH: a regex of benchmarks, then options
#   bench/jmh.sh MergeBench -p nodes=100000    the merge at 100,000 nodes (about 3 minutes)
#   bench/jmh.sh -h                        JMH's options; -l lists the benchmarks
#   JAVA_HOME=/path/to/jdk bench/jmh.sh    run on that JDK (the jar is built with it too)
#
# Builds bench/jmh/target/benchmarks.jar with the Maven profile jmh when it is missing or older than the sources.
# JMH's progress goes to stderr and its result table to stdout (kept in bench/jmh/target/jmh-result.txt). Prints figures; it is not a test. See bench/README.md.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd -P)"
jar="$root/bench/jmh/target/benchmarks.jar"

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java="$JAVA_HOME/bin/java"
else
  java="$(command -v java || true)"
fi
[ -n "$java" ] || { echo "jmh: no java found; set JAVA_HOME" >&2; exit 1; }

stale() {
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$root/pom.xml" "$root/core/pom.xml" "$root/core/src/main" "$root/templates" "$root/bench/jmh" \
      -path "$root/bench/jmh/target" -prune -o -newer "$jar" -print -quit 2>/dev/null)" ]
}
if stale; then
  echo "jmh: building the benchmarks (./mvnw -Pjmh package) ..." >&2
  (cd "$root" && ./mvnw -B -q -Pjmh -DskipTests -pl bench/jmh -am package >&2) \
    || { echo "jmh: the build failed; see the messages above" >&2; exit 1; }
fi

# Options that print something other than a run (help, lists) or choose the result file: JMH as it is.
for arg in "$@"; do
  case "$arg" in
    -h | -help | --help | -l | -lp | -lprof | -lrf | -rf | -rff) exec "$java" -jar "$jar" "$@" ;;
  esac
done

result="$root/bench/jmh/target/jmh-result.txt"
rm -f "$result"
echo "JDK:   $("$java" -version 2>&1 | head -n 1)  ($java)"
echo "host:  $(nproc 2>/dev/null || echo '?') CPUs, $(uname -sr), load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
rc=0
"$java" -jar "$jar" "$@" -rf text -rff "$result" >&2 || rc=$?
echo
if [ -s "$result" ]; then
  cat "$result"
else
  echo "jmh: no results (JMH exited $rc); its output is above"
fi
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?') (when it is above the CPU count, other work skews the figures)"
exit "$rc"
