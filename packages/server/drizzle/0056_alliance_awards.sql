-- Issue 17: awards the city gives alliance members (表彰, e.g. イクボス推進賞), shown on the
-- member's public page. Kept apart from the membership: a member may receive several.
CREATE TABLE "alliance_awards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"member_id" uuid NOT NULL REFERENCES "alliance_members"("id"),
	"title" text NOT NULL,
	"awarded_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alliance_awards_title_check" CHECK (length(btrim("title")) > 0)
);
--> statement-breakpoint
CREATE INDEX "alliance_awards_member_idx" ON "alliance_awards" ("municipality_id", "member_id");
