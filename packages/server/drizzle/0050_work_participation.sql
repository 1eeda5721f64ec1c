-- Issue 17 (Back to work), people take part themselves: until now only a programme's
-- staff wrote profiles and openings. Two roles join: programme staff (事業スタッフ), bound
-- to exactly one programme (わくキャリ or the job centre) so that they see that programme's
-- people only; and participants (復職・就労希望者), residents who sign up without an
-- employer's invite code because the programme serves residents as well as workers.
ALTER TABLE "users" DROP CONSTRAINT "users_role_check";--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_check" CHECK ("role" IN ('worker','family','coordinator','supervisor','employer_admin','city_staff','network_admin','childcare_staff','facility_staff','programme_staff','participant'));--> statement-breakpoint
-- A programme's staff account belongs to one programme: the user is the key.
CREATE TABLE "work_programme_staff" (
	"user_id" uuid PRIMARY KEY NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"programme_id" uuid NOT NULL REFERENCES "work_programmes"("id"),
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX "work_programme_staff_programme_idx" ON "work_programme_staff" ("programme_id");--> statement-breakpoint
-- A sign-up is for a company (its invite code) or for a programme (a resident): exactly one.
ALTER TABLE "sign_up_requests" ALTER COLUMN "invite_code_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "sign_up_requests" ADD COLUMN "programme_id" uuid REFERENCES "work_programmes"("id");--> statement-breakpoint
ALTER TABLE "sign_up_requests" ADD CONSTRAINT "sign_up_requests_target_check" CHECK (("invite_code_id" IS NULL) <> ("programme_id" IS NULL));--> statement-breakpoint
-- Openings published to the public (schema.org JobPosting needs validThrough) and who
-- posted them, so that a company admin edits its own openings only.
ALTER TABLE "work_openings" ADD COLUMN "valid_through" date;--> statement-breakpoint
ALTER TABLE "work_openings" ADD COLUMN "posted_by" uuid REFERENCES "users"("id") ON DELETE SET NULL;
