-- The child's 12-digit personal identification number (số định danh cá nhân), when known. Personal data.
alter table child add column personal_id_number varchar(12);
create index child_personal_id_number on child (personal_id_number) where personal_id_number is not null;
