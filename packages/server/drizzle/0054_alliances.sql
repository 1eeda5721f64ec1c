-- Issue 17 (employers' alliance): the alliances a city runs with local employers
-- (鹿児島市イクボス推進同盟 since 2017, ひおき共創コンソーシアム) and their member companies.
-- A member is a company of the area, on the health room or not; linked to an organization,
-- that employer's admins keep its entry. Leaving keeps the row (left_on), so the public
-- growth by fiscal year (設立当初32社 → 81社) is counted from the rows and stays true.
CREATE TABLE "alliances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"founded_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alliances_kind_check" CHECK ("kind" IN ('ikuboss', 'consortium')),
	CONSTRAINT "alliances_name_check" CHECK (length(btrim("name")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "alliances_name_key" ON "alliances" ("municipality_id", "name");
--> statement-breakpoint
CREATE TABLE "alliance_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"alliance_id" uuid NOT NULL REFERENCES "alliances"("id"),
	"organization_id" uuid REFERENCES "organizations"("id"),
	"name" text NOT NULL,
	"industry" text NOT NULL,
	"size_band" text NOT NULL,
	"area" text DEFAULT '' NOT NULL,
	"introduction" text DEFAULT '' NOT NULL,
	"joined_on" date NOT NULL,
	"left_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alliance_members_name_check" CHECK (length(btrim("name")) > 0),
	CONSTRAINT "alliance_members_left_check" CHECK ("left_on" IS NULL OR "left_on" >= "joined_on")
);
--> statement-breakpoint
CREATE INDEX "alliance_members_alliance_idx" ON "alliance_members" ("municipality_id", "alliance_id", "joined_on");
--> statement-breakpoint
-- An employer is a member of an alliance once at a time (it may leave and join again).
CREATE UNIQUE INDEX "alliance_members_current_org_key" ON "alliance_members" ("alliance_id", "organization_id") WHERE left_on IS NULL AND organization_id IS NOT NULL;
