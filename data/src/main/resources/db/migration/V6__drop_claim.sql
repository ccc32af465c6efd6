-- Claims go: a structured statement is a contract or an event, and nothing but the bundles ever
-- wrote or read a claim. Bundles made before still import; their claims (and the evidence of
-- their claims) are read, checked and left out.
delete from evidence where owner_kind = 'claim';
drop table claim;
