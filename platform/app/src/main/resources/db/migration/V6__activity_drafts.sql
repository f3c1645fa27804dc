-- What a learner has typed or built for the current step but not sent yet (e.g. a genogram half drawn), so a reload,
-- a lost connection or a restart keeps it. Cleared by the next move.
alter table activity_attempt add column draft varchar(65536);
