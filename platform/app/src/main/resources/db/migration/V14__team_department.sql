-- Teams sit in a location or department (e.g. "Utrecht / Ambulante zorg"); administrators manage both.
alter table team add column department varchar(200);
