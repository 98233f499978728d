#!/usr/bin/env bash
# The seed's running example from start to finish, in a scratch folder: after every step, `wf check` must pass
# and `wf where --brief` shows where we are. Usage: examples/demo.sh [FOLDER]   (default: a new temp folder)
set -euo pipefail
wf="$(cd "$(dirname "$0")/.." && pwd -P)/wf"
dir="${1:-$(mktemp -d)}"
mkdir -p "$dir"
export WF_ACTOR="${WF_ACTOR:-demo}"

step() {
  echo
  echo "\$ wf $*"
  "$wf" -C "$dir" "$@"
  "$wf" -C "$dir" check --quiet || { echo "demo: wf check failed after: wf $*" >&2; exit 1; }
  "$wf" -C "$dir" where --brief | sed 's/^/    | /'
}

step start --goal "Ship a public /reports REST API" --why "Partners pull reports without us exporting CSVs" \
  --output "a documented /reports endpoint" --phase schema --phase endpoint --phase docs --id reports-api
step edit schema --output "report schema=docs/reports-schema.md:markdown"
mkdir -p "$dir/docs" && echo "# Report schema" > "$dir/docs/reports-schema.md"   # the phase's work: its output
step done
step add endpoint "GET /reports" --id get-reports
step add endpoint "GET /reports/{id}" --id get-report
step add endpoint "Auth check" --id auth
step done
step fork "need rate limiter" --id rate-limiter
step add rate-limiter "Design the limiter" --id design
step add rate-limiter "Token bucket" --id bucket
step add rate-limiter "Tests under load" --id load-tests
step resume
step done
step done
step done
step resume
step done
step done
step done
echo
echo "\$ wf log --type fork"
"$wf" -C "$dir" log --type fork
echo
echo "demo: every step passed wf check; the project is in $dir"
