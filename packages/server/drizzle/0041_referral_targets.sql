-- A coordinator can refer a person to a childcare facility or to a published event of the
-- municipality (issues 13 and 16: 「4月から復職したいけど預け先が見つからない」), not only to
-- a resource of the directory. A referral names exactly one target: the CHECK holds this in
-- the database itself, so that no code path can write a referral that points nowhere or at
-- two places at once (the presenter would have to guess which one the person was told of).
-- The foreign keys keep a referral's target from disappearing under it; facilities and
-- events are never deleted, only updated or cancelled.
ALTER TABLE "consultation_referrals" ALTER COLUMN "resource_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "consultation_referrals" ADD COLUMN "facility_id" uuid;--> statement-breakpoint
ALTER TABLE "consultation_referrals" ADD COLUMN "event_id" uuid;--> statement-breakpoint
ALTER TABLE "consultation_referrals" ADD CONSTRAINT "consultation_referrals_facility_id_childcare_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."childcare_facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_referrals" ADD CONSTRAINT "consultation_referrals_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_referrals" ADD CONSTRAINT "consultation_referrals_one_target_check" CHECK (num_nonnulls("resource_id", "facility_id", "event_id") = 1);
