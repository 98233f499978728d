"""The /reports handlers (written in the endpoint phase; this example keeps them short)."""


def list_reports(cursor=None, limit=50):
    return {"items": [], "next_cursor": None}


def get_report(report_id):
    return {"error": {"code": "not_found", "message": "no such report"}}
