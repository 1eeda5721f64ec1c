-- Issue 18 (measures tracker): the mayor's measures (市長マニフェスト施策, 日置市: 73 in 8
-- areas) as the city keeps them and residents read them. A measure carries its area inline
-- (number + title, as the mayor numbers them 【01】…【08】) rather than in an areas table:
-- areas are only ever a heading. Figures are dated and sourced (both NOT NULL: a number
-- without "as of when" and "says who" is not shown to residents). Every change is kept as a
-- revision (who, when, field before/after) so the history of a measure stays readable;
-- rows are never deleted.
CREATE TABLE "measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"area_no" integer NOT NULL,
	"area_title" text NOT NULL,
	"title" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"owner_section" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measures_status_check" CHECK ("status" IN ('not_started', 'in_progress', 'achieved', 'revised')),
	CONSTRAINT "measures_title_check" CHECK (length(btrim("title")) > 0)
);
--> statement-breakpoint
CREATE INDEX "measures_area_idx" ON "measures" ("municipality_id", "area_no", "created_at");
--> statement-breakpoint
CREATE TABLE "measure_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"measure_id" uuid NOT NULL REFERENCES "measures"("id"),
	"label" text NOT NULL,
	"value" double precision NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"as_of" date NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_indicators_source_check" CHECK (length(btrim("source")) > 0)
);
--> statement-breakpoint
CREATE INDEX "measure_indicators_measure_idx" ON "measure_indicators" ("municipality_id", "measure_id", "as_of");
--> statement-breakpoint
CREATE TABLE "measure_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"measure_id" uuid NOT NULL REFERENCES "measures"("id"),
	"actor_id" uuid REFERENCES "users"("id"),
	"kind" text NOT NULL,
	"changes" jsonb NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_revisions_kind_check" CHECK ("kind" IN ('created', 'updated', 'indicator_added'))
);
--> statement-breakpoint
CREATE INDEX "measure_revisions_measure_idx" ON "measure_revisions" ("municipality_id", "measure_id", "changed_at");
