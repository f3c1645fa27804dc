-- Erasure of a person (issue 12): submitted quiz attempts stay for the item statistics without anyone's id, and an
-- issued certificate keeps its code and dates without its holder (docs/security.md, "Erasure").
alter table quiz_attempt alter column user_id drop not null;
alter table certificate alter column user_id drop not null;
alter table certificate alter column holder_name drop not null;
