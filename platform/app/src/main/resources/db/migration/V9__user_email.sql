-- Where Kring sends reminders (a certificate due for renewal); optional.
alter table user_account add column email varchar(320);
