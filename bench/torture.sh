#!/usr/bin/env bash
# The long runs of the crash and concurrency tests, which a normal build runs briefly:
#   KILLS=1000 WRITERS=3 bench/torture.sh     writers killed with SIGKILL at random moments, 1,000 kills in all;
#                                             then every file parses, every rule holds, recovery ran, and every
#                                             change acknowledged with exit 0 is in the log exactly once
#   RACE_WRITERS=8 RACE_EACH=100              processes adding nodes to one workflow at once: no update lost
# Prints the tests' own summary lines. Takes about 30 minutes with the defaults on 2 cores.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -q -B install -DskipTests >/dev/null
./mvnw -o -B test -pl cli -Dtest='CrashTests,ConcurrencyTests' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dwf.crash.kills="${KILLS:-1000}" -Dwf.crash.writers="${WRITERS:-3}" \
  -Dwf.race.writers="${RACE_WRITERS:-8}" -Dwf.race.each="${RACE_EACH:-100}" \
  | grep -E 'crash test:|race:|Tests run:|FAIL' || true
