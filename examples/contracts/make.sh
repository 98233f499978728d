#!/usr/bin/env bash
# Rebuilds this example's workflow state from nothing, with wf itself: three phases whose contracts read sections
# of docs/*.md, hand their outputs on, and are done in turn. Run it from anywhere; it needs the built wf.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
wf() { "$here/../../wf" -C "$here" "$@"; }
cd "$here"
rm -rf workflow-state CONTEXT.md db/schema.sql src/api/reports.py docs/reports.md
export WF_ACTOR=example

export WF_NOW=2026-11-20T09:00:00Z
wf start --goal "Ship the /reports API" --why "Partners pull their reports without CSV exports." \
  --output "a documented /reports endpoint" --phase schema --phase endpoint --phase docs-page --id reports-api
wf edit schema --title "Design the reports schema" \
  --input 'L3:reference docs/architecture.md#Data model' --why "the table and its keys" \
  --output 'reports table=db/schema.sql:sql'
wf edit endpoint --title "Write the endpoint handlers" \
  --input 'L3:reference docs/architecture.md#API conventions' --why "paths, paging, errors"
wf edit endpoint --input 'L4:prev-phase db/schema.sql' --why "the columns the handlers read" \
  --output 'endpoint handlers=src/api/reports.py:python' --script scripts/build_handlers.py
wf edit docs-page --title "Write the partner docs page" \
  --input 'L3:reference docs/style-guide.md#Tone' --why "how we write"
wf edit docs-page --input 'L4:prev-phase src/api/reports.py' --why "what the endpoints do" \
  --output 'partner docs=docs/reports.md:markdown'
wf goto schema --why "start the build"

export WF_NOW=2026-11-20T10:00:00Z
cp outputs/schema.sql db/schema.sql
wf done

export WF_NOW=2026-11-20T11:00:00Z
cp outputs/reports.py src/api/reports.py
wf done

export WF_NOW=2026-11-20T12:00:00Z
cp outputs/reports.md docs/reports.md
wf done
