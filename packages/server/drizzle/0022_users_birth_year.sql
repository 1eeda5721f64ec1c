-- Case records carry an age band (the issue's statistics break need down by age: young
-- people leaving the region), but the platform never knew anyone's age, so the band was
-- always empty. A person may now give the year they were born in their profile; only the
-- band derived from it at closing reaches the anonymous record. A year, not a date: a
-- band needs no more, and less is held about the person. Empty for everyone until they
-- choose to give it. The range check is declared here only (the drizzle schema does not
-- express checks); the server also refuses a year in the future.
ALTER TABLE "users" ADD COLUMN "birth_year" smallint;
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_birth_year_check" CHECK ("birth_year" BETWEEN 1900 AND 2100);
