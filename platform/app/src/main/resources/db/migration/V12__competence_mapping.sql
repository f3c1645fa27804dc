-- The course version whose competence mapping the stored evidence follows; when another version is installed, the
-- evidence of that course is derived again from the attempts with the new mapping.
create table competence_mapping (
    course_id  varchar(100)             not null primary key,
    version    varchar(60)              not null,
    mapped_at  timestamp with time zone not null
);
