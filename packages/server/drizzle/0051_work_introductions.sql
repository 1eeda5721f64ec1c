-- Issue 17 (Back to work): an introduction of a participant to an opening, and what came
-- of it. Staff propose; the person accepts or declines on their phone, and nothing of them
-- reaches the company before they accept (the company's reads join on the status). Then
-- the staff record interview → offer → started → completed or not, and the follow-ups at
-- one and six months after the start (the 6-month answer is the programme's retention).
CREATE TABLE "work_introductions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"programme_id" uuid NOT NULL REFERENCES "work_programmes"("id"),
	"profile_id" uuid NOT NULL REFERENCES "work_profiles"("id") ON DELETE CASCADE,
	"opening_id" uuid NOT NULL REFERENCES "work_openings"("id"),
	"status" text DEFAULT 'proposed' NOT NULL,
	"proposed_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"answered_at" timestamp with time zone,
	"started_on" date,
	"ended_on" date,
	"follow_up_1m_at" timestamp with time zone,
	"follow_up_1m_working" boolean,
	"follow_up_6m_at" timestamp with time zone,
	"follow_up_6m_working" boolean,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_introductions_pair_key" UNIQUE ("profile_id", "opening_id"),
	CONSTRAINT "work_introductions_status_check" CHECK ("status" IN ('proposed', 'declined', 'accepted', 'interview', 'offer', 'started', 'completed', 'not_completed')),
	-- Started work has its start date; before an offer is taken there is none. Work that
	-- was not completed may have started (and ended early) or not.
	CONSTRAINT "work_introductions_started_check" CHECK (("status" NOT IN ('started', 'completed') OR "started_on" IS NOT NULL) AND ("status" NOT IN ('proposed', 'declined', 'accepted', 'interview', 'offer') OR "started_on" IS NULL)),
	CONSTRAINT "work_introductions_follow_up_check" CHECK ("started_on" IS NOT NULL OR ("follow_up_1m_at" IS NULL AND "follow_up_6m_at" IS NULL))
);
--> statement-breakpoint
CREATE INDEX "work_introductions_opening_idx" ON "work_introductions" ("municipality_id", "opening_id");
--> statement-breakpoint
CREATE INDEX "work_introductions_programme_idx" ON "work_introductions" ("municipality_id", "programme_id", "created_at");
