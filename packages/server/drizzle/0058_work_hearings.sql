-- Issue 17 (Back to work): the programme's hearing (ヒアリング) with a participant, kept by
-- the programme's own staff. What the person wants, their constraints and the next step
-- are free text about a person's life, so they are sealed at rest like the care team's
-- notes (one sealed body per row, its context bound to the row). The person sees only that
-- a hearing took place and on which day (held_on, a Japanese calendar day).
CREATE TABLE "work_hearings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"programme_id" uuid NOT NULL REFERENCES "work_programmes"("id"),
	"profile_id" uuid NOT NULL REFERENCES "work_profiles"("id") ON DELETE CASCADE,
	"held_on" date NOT NULL,
	"body_sealed" text NOT NULL,
	-- No foreign key: the record outlives the staff account that wrote it, like notes.
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "work_hearings_profile_idx" ON "work_hearings" ("municipality_id", "profile_id", "held_on");
