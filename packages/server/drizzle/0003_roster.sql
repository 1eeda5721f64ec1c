-- The 24-hour roster: planned shifts of coordinators and supervisors, from which the
-- coverage view finds hours with fewer than two people on duty or on call (MHLW SNS
-- consultation guideline). Overlaps of one person's shifts are refused by the use-case.
CREATE TABLE "shifts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "shifts" ADD CONSTRAINT "shifts_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shifts" ADD CONSTRAINT "shifts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "shifts_window_idx" ON "shifts" USING btree ("municipality_id","starts_at","ends_at");--> statement-breakpoint
CREATE INDEX "shifts_user_idx" ON "shifts" USING btree ("user_id","starts_at");--> statement-breakpoint
ALTER TABLE "shifts" ADD CONSTRAINT "shifts_kind_check" CHECK ("kind" IN ('on_duty','on_call'));--> statement-breakpoint
ALTER TABLE "shifts" ADD CONSTRAINT "shifts_span_check" CHECK ("ends_at" > "starts_at" AND "ends_at" - "starts_at" <= interval '24 hours');
