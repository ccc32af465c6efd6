-- The next number of each kind of record per dataset (source 12, annotation 7), so that
-- adding one does not scan the table for its highest number. A row is made on first use
-- from the table's highest number, which also covers datasets made before this migration.
create table dataset_counter (
    dataset_id  bigint not null references dataset (id) on delete cascade,
    name        varchar(30) not null,
    next_num    integer not null,
    constraint dataset_counter_pk primary key (dataset_id, name)
);

-- Bulk stages insert hundreds of thousands of rows: identity values are handed out from a
-- cache of 1,000 instead of 32, since H2 writes its store each time the cache runs out.
alter table source alter column id set cache 1000;
alter table entity alter column id set cache 1000;
alter table annotation alter column id set cache 1000;
alter table suggestion alter column id set cache 1000;
alter table claim alter column id set cache 1000;
alter table contract alter column id set cache 1000;
alter table event alter column id set cache 1000;
alter table discrepancy alter column id set cache 1000;
alter table cell alter column id set cache 1000;
