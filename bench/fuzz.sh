#!/usr/bin/env bash
# Fuzzes each target with Jazzer for a while and prints what happened. Not a test: a normal build runs only the
# committed inputs (core/src/test/resources/dev/wf/core/FuzzTestsInputs/, cli/.../CliFuzzTestsInputs/).
#   bench/fuzz.sh                  every target, 10 minutes each (the limit in the @FuzzTest annotations)
#   SECONDS_EACH=120 bench/fuzz.sh every target, stopped after 2 minutes each
#   bench/fuzz.sh yamlLoader merge only these targets
# A finding is written next to the committed inputs as crash-<sha1>: rename it for what it shows, fix the cause,
# and commit it so that every build runs it. The generated corpus stays in .cifuzz-corpus/ (ignored by git).
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(yamlLoader logReader merge markdownSections cliArguments)
limit="${SECONDS_EACH:-660}"
./mvnw -q -B install -DskipTests >/dev/null || { echo "fuzz: the build failed" >&2; exit 1; }
printf '%-18s %10s %8s %s\n' target runs seconds result
for t in "${targets[@]}"; do
  case "$t" in cliArguments) module=cli; class=CliFuzzTests ;; *) module=core; class=FuzzTests ;; esac
  log="$(mktemp)"
  JAZZER_FUZZ=1 timeout "$limit" ./mvnw -o -B test -pl "$module" -Dtest="$class#$t" \
    -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1
  rc=$?
  last="$(grep -E '^#[0-9]+' "$log" | tail -n 1)"
  runs="$(echo "$last" | sed -E 's/^#([0-9]+).*/\1/')"
  done_line="$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -n 1)"
  [ -n "$done_line" ] && runs="$(echo "$done_line" | awk '{print $2}')"
  secs="$(echo "$done_line" | awk '{print $5}')"
  if grep -q 'FuzzTestFindingException' "$log"; then
    result="FINDING: $(grep -m1 -A1 'FuzzTestFindingException' "$log" | tail -n 1 | cut -c1-120)"
  elif [ "$rc" -eq 0 ]; then result="no finding"
  elif [ "$rc" -eq 124 ]; then result="no finding (stopped after ${limit}s)"; secs="$limit"
  else result="build or run error (exit $rc), see $log"; fi
  printf '%-18s %10s %8s %s\n' "$t" "${runs:-?}" "${secs:-?}" "$result"
done
