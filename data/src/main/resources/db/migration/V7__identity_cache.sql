-- H2 writes its whole store, the open transaction's pages included, each time an identity
-- cache runs out: with 1,000 a suggest of 10,000 articles (850,000 suggestions) wrote it
-- 850 times, a third of that stage's time. The tables that bulk stages fill get caches
-- sized to what one stage inserts; a gap in internal ids after a crash is harmless (the
-- numbers people see come from dataset_counter).
alter table suggestion alter column id set cache 100000;
alter table annotation alter column id set cache 10000;
alter table entity alter column id set cache 10000;
alter table contract alter column id set cache 10000;
alter table event alter column id set cache 10000;
alter table discrepancy alter column id set cache 10000;
alter table story alter column id set cache 10000;
