#!/usr/bin/env bash
# The seed's running example, replayed step by step so you can watch wf work: a /reports API in three phases, a
# contract on the endpoint phase, a fork for the rate limiter the endpoint turns out to need, the return, the log,
# a picture of the tree, the agent kit, and the finish. Each step says in one line what it does, runs the command,
# shows `wf where --brief` after a change, and runs `wf check` (the script stops, non-zero, if it fails).
#
# Usage: examples/reports-api/run.sh [--pause] [FOLDER]
#   FOLDER   an empty or new folder for the project (default: a new temp folder); it is kept for you to explore
#   --pause  wait for Enter before each step; only on a terminal, never when CI is set or stdin is not a terminal
# docs/tutorial.md walks through the same steps.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd -P)
wf="$(cd "$here/../.." && pwd -P)/wf"
export WF_ACTOR="${WF_ACTOR:-tutorial}"
export WF_SESSION="${WF_SESSION:-reports-api-run}"

usage() { sed -n '7,10p' "$0" | sed 's/^# \{0,1\}//'; }
die() { echo "run.sh: $*" >&2; exit 2; }

pause=false
dir=""
for arg in "$@"; do
  case "$arg" in
    --pause) pause=true ;;
    -h|--help) usage; exit 0 ;;
    -*) usage >&2; die "unknown option: $arg" ;;
    *) [ -z "$dir" ] || die "one folder at most (got '$dir' and '$arg')"; dir="$arg" ;;
  esac
done
# Pause only when a person is there to press Enter: a terminal on both ends and not CI.
if $pause && { [ ! -t 0 ] || [ ! -t 1 ] || { [ -n "${CI:-}" ] && [ "${CI:-}" != "false" ]; }; }; then
  echo "run.sh: --pause ignored: not on a terminal, or CI is set" >&2
  pause=false
fi

if [ -z "$dir" ]; then
  dir=$(mktemp -d "${TMPDIR:-/tmp}/wf-reports-api.XXXXXX")
else
  mkdir -p "$dir"
  [ -z "$(ls -A "$dir")" ] || die "$dir is not empty; give an empty or new folder, or none for a temp folder"
fi
dir=$(cd "$dir" && pwd -P)
cd "$dir"

n=0
last=""

# One step: a numbered line that says what and why, then (with --pause) a wait for Enter.
step() {
  n=$((n + 1))
  printf '\n== %d. %s\n' "$n" "$*"
  if $pause; then
    read -r -p "   (Enter runs it, Ctrl-C stops) " _ || true
  fi
}

# Prints the command as you would type it: arguments with spaces or quotes are quoted.
show() {
  local out="\$ wf" a
  for a in "$@"; do
    if [[ "$a" =~ ^[A-Za-z0-9_./:=@%+,-]+$ ]]; then
      out+=" $a"
    elif [[ "$a" =~ [\"\$\`\\] ]]; then
      out+=" '${a//\'/\'\\\'\'}'"
    else
      out+=" \"$a\""
    fi
  done
  echo "$out"
}

# Runs wf in the project, stdin closed so that wf never waits for an answer; stops the script if wf fails.
wf_in() {
  last=$(show "$@")
  echo "$last"
  local rc=0
  "$wf" -C "$dir" "$@" </dev/null || rc=$?
  [ "$rc" -eq 0 ] || { echo "run.sh: failed (exit $rc): $last" >&2; exit "$rc"; }
}

# wf check after every step: the script stops on the first broken rule.
check() {
  local out rc=0
  out=$("$wf" -C "$dir" check </dev/null 2>&1) || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "$out" >&2
    echo "run.sh: wf check failed (exit $rc) after: $last" >&2
    exit 1
  fi
  echo "    wf check: ok"
}

# A command that only reads.
run() {
  wf_in "$@"
  check
}

# A command that changes the tree: then where we are, then the check.
change() {
  wf_in "$@"
  "$wf" -C "$dir" where --brief </dev/null | sed 's/^/    where | /'
  check
}

# A command wf must refuse with exit 3, and without writing anything.
refused() {
  last=$(show "$@")
  echo "$last"
  local before after rc=0
  before=$(cat workflow-state/workflow.yaml workflow-state/log.jsonl | cksum)
  "$wf" -C "$dir" "$@" </dev/null 2>&1 || rc=$?
  after=$(cat workflow-state/workflow.yaml workflow-state/log.jsonl | cksum)
  [ "$rc" -eq 3 ] || { echo "run.sh: expected exit 3 (refused), got $rc: $last" >&2; exit 1; }
  [ "$before" = "$after" ] || { echo "run.sh: refused, but the state changed: $last" >&2; exit 1; }
  echo "    (refused with exit 3; workflow.yaml and log.jsonl are unchanged)"
  check
}

# The work a step does outside wf: writing the file it promised.
work() {
  echo "\$ # the step's own work, outside wf: write $1"
  mkdir -p "$(dirname "$1")"
  printf '%s\n' "$2" > "$1"
}

echo "Replaying the /reports example in $dir"
echo "(each 'wf' below is $wf -C $dir)"

step "Start: the goal, why it matters, what it delivers, and three phases."
change start --goal "Ship a public /reports REST API" \
  --why "Partners pull their own reports instead of waiting for us to export CSVs by hand" \
  --output "a documented, rate-limited /reports endpoint" \
  --phase schema --phase endpoint --phase docs --id reports-api

step "The project's architecture notes arrive; the endpoint will have to follow one section of them."
echo "\$ cp examples/reports-api/docs/architecture.md docs/   # sections: Data model, API conventions, Deployment"
mkdir -p docs && cp "$here/docs/architecture.md" docs/architecture.md
check

step "A contract on the schema phase: it must produce docs/reports-schema.md."
change edit schema --title "Design the report schema" --output "report schema=docs/reports-schema.md:markdown"

step "A contract on the endpoint phase: what it reads, and what it must write."
change edit endpoint --title "Build the /reports handlers" \
  --input "L3:reference docs/architecture.md#API conventions" --why "paths, paging and errors every endpoint follows" \
  --output "endpoint handlers=src/api/reports.py:python"
change edit endpoint --input "L4:prev-phase docs/reports-schema.md" --why "the fields the handlers return"

step "Do the schema work, then mark the phase done; the pointer moves on by itself."
work docs/reports-schema.md "# Report schema

## Fields

report_id, partner_id, created_at, body"
change done

step "Before starting the endpoint: exactly what its contract says to load, with sizes."
run context

step "The endpoint is three tasks: adding them under it moves the pointer into the first."
change add endpoint "GET /reports" --id get-reports
change add endpoint "GET /reports/{id}" --id get-report
change add endpoint "Auth check" --id auth

step "GET /reports works: done."
change done

step "GET /reports/{id} can't go public without a rate limiter, and there is none: fork, don't drift."
change fork "need a rate limiter" --id rate-limiter

step "The rate limiter is a workflow of its own, with its own phases."
change add rate-limiter "Pick the algorithm" --id design
change add rate-limiter "Token bucket" --id bucket
change add rate-limiter "Test it under load" --id load-test

step "Resume too early and wf says where to pick up inside the fork."
change resume

step "Work through the fork's phases."
change done
change done
change done

step "The fork is complete: resume merges it and returns to the step that forked."
change resume

step "Finish GET /reports/{id}."
change done

step "Auth is written, but the endpoint phase promised src/api/reports.py: done refuses until it exists."
refused done

step "Write the handlers; now auth, and with it the endpoint phase, is done."
work src/api/reports.py "def list_reports(cursor=None, limit=50): ...
def get_report(report_id): ..."
change done

step "Write the partner docs; the last phase is done and the workflow is complete."
work docs/reports.md "# /reports"
change done

step "The log keeps every transition, append-only: the last five."
run log --last 5

step "The whole tree as a Mermaid flowchart, the fork and its return drawn dashed."
run export --format mermaid

step "Teach an AI coding agent to use wf in this project."
run agent install
echo "\$ cat .mcp.json"
cat .mcp.json
echo "\$ grep '\"command\"' .claude/settings.json   # the SessionStart hook"
grep '"command"' .claude/settings.json

step "Finish: what shipped goes to PROGRESS.md; the /reports build will not recur."
change finish --shipped "GET /reports and GET /reports/{id}, behind auth and a rate limiter, with partner docs" \
  --recur no
echo "\$ cat PROGRESS.md"
cat PROGRESS.md

step "The seed's \"done means\" lists, for this session and for the workflow."
run check --done

echo
echo "run.sh: $n steps, wf check passed after every one. The project is in $dir:"
echo "  cd $dir && $wf where"
echo "Try wf log, wf list, or wf export --format markdown there; delete the folder when you are done."
