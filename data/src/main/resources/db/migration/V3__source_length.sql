-- Listings show each source's length without reading its text.
alter table source add column clean_length integer;
update source set clean_length = length(clean_text);
