-- The questions an attempt asks, in the order shown (pools draw some items, shuffled quizzes reorder them), and the
-- moment a timed attempt ends. Both are fixed when the attempt starts, so a reload or a restart shows the same quiz.
alter table quiz_attempt add column item_order varchar(8000);
alter table quiz_attempt add column deadline timestamp with time zone;
create index ix_quiz_attempt_quiz on quiz_attempt (course_id, quiz_id, submitted_at);
