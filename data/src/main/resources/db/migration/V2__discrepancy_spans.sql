-- An omission lists several passages of one source; other findings keep their two sides in
-- left_*/right_* and may list more spans here (JSON array of {source, start, end, exact}).
alter table discrepancy add column spans_json text;
