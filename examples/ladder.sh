#!/usr/bin/env bash
# The seed's ladder, scripted, in a scratch folder: a workflow forks, its fork forks again (depth 2), both resume one
# level at a time; the inner sub-workflow graduates into a skill, the workflow is finished and made an operation, the
# outer sub-workflow graduates into a phase of that operation, and the operation runs for two periods.
# `wf check` must pass after every step. Usage: examples/ladder.sh [FOLDER]   (default: a new temp folder)
set -euo pipefail
wf="$(cd "$(dirname "$0")/.." && pwd -P)/wf"
dir="${1:-$(mktemp -d)}"
mkdir -p "$dir"
export WF_ACTOR="${WF_ACTOR:-ladder}"

step() {
  echo
  echo "\$ wf $*"
  "$wf" -C "$dir" "$@"
  "$wf" -C "$dir" check --quiet || { echo "ladder: wf check failed after: wf $*" >&2; exit 1; }
}
work() { # the work a step does, outside wf: write its output
  mkdir -p "$dir/$(dirname "$1")" && echo "$2" > "$dir/$1"
}

step start --goal "Ship a public /reports REST API" --why "Partners pull reports without CSV exports" \
  --output "a documented /reports endpoint" --phase schema --phase endpoint --phase docs --id reports-api
step done
step fork "need a rate limiter" --id rate-limiter
step add rate-limiter "Pick the algorithm" --id algorithm
step add rate-limiter "Wire it into the gateway" --id wire
step edit rate-limiter/wire --output "limiter config=config/limits.yaml:yaml"
step fork "need a token bucket library" --id token-bucket
step add token-bucket "Write the bucket" --id bucket
step add token-bucket "Test it under load" --id load-test
step edit rate-limiter/token-bucket/bucket --output "token bucket=lib/bucket.py:python" \
  --process "1. refill at a fixed rate
2. take or refuse"
echo; echo "\$ wf where --brief"; "$wf" -C "$dir" where --brief
work lib/bucket.py "class Bucket: ..."
step done
step done
step resume
step done
work config/limits.yaml "reports: 100/min"
step done
step resume
echo; echo "\$ wf where --brief"; "$wf" -C "$dir" where --brief
step graduate rate-limiter/token-bucket --skill token-bucket --force
echo; echo "\$ cat .claude/skills/token-bucket/SKILL.md"; cat "$dir/.claude/skills/token-bucket/SKILL.md"
step done
step done
step finish --shipped "GET /reports and GET /reports/{id}, rate limited" --recur yes
step operation create reports-release --from workflow-state
step graduate rate-limiter --into "operations/reports-release#endpoint" --force
step run reports-release --period 2026-11
step run reports-release --period 2026-12
echo; echo "\$ wf -C runs/2026-12 where --brief"; "$wf" -C "$dir/runs/2026-12" where --brief
echo; echo "\$ wf list"; "$wf" -C "$dir" list
