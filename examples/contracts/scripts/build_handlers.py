"""Phase 2 - Write the /reports endpoint handlers.

Generates the request handlers from the schema, following the API conventions.

Reads:
    docs/architecture.md    # L3 (API conventions: paths, paging, errors)
    db/schema.sql           # L4 (schema phase output)
Writes:
    src/api/reports.py      - the handlers for /reports and /reports/{id}
Methodology:
    - Cursor paging only; offsets are refused.
"""

print("this example script only declares its contract")
