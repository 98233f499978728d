CREATE TABLE reports (
  report_id  UUID PRIMARY KEY,
  partner_id UUID NOT NULL,
  body       JSONB NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  deleted_at TIMESTAMPTZ
);
