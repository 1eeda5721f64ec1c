-- Issue 13: a high-risk consultation may close with a scheduled check-in as its follow-up.
-- The care team plans to contact the person again at a time (Japan time on screen, stored
-- as an instant), assigned to one coordinator or, with no coordinator, to the care team
-- on shift. The note is for the care team only and sealed like private notes. Doing the
-- check-in writes to the person (in the consultation while it is open, else in a new one,
-- kept in follow_up_consultation_id). The due notice is an outbox row (kind
-- check_in_due, ref_id = this id): the sweep finds rows without it, so it is sent once.
CREATE TABLE "consultation_check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"consultation_id" uuid NOT NULL REFERENCES "consultations"("id") ON DELETE CASCADE,
	"coordinator_id" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"due_at" timestamp with time zone NOT NULL,
	"note_sealed" text,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"scheduled_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"follow_up_consultation_id" uuid REFERENCES "consultations"("id") ON DELETE SET NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "consultation_check_ins_status_check" CHECK ("status" in ('scheduled', 'done', 'cancelled'))
);
--> statement-breakpoint
CREATE INDEX "consultation_check_ins_due_idx" ON "consultation_check_ins" USING btree ("municipality_id","status","due_at");
--> statement-breakpoint
CREATE INDEX "consultation_check_ins_consultation_idx" ON "consultation_check_ins" USING btree ("consultation_id");
