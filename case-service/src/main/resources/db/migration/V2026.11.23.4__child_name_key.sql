-- Accent-free search form of a child's name: lower case, Vietnamese marks removed, đ as d, single spaces, a space at
-- both ends (see NameKey). Existing rows are filled here; new rows by the application.
alter table child add column name_key varchar(200);
update child set name_key = ' ' || trim(regexp_replace(translate(lower(full_name),
    'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ',
    'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'), '[^[:alnum:]]+', ' ', 'g')) || ' ';
alter table child alter column name_key set not null;
create index child_name_key on child (name_key, id);
