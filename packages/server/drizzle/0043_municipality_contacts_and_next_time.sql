-- A municipality's own public page (/m/:code) shows the numbers its residents can call:
-- the city's health section, a night line, the national lines. Municipalities had no
-- contact data, so each now keeps a short list of {label, phone, hours}, public by design
-- (nothing about any person), edited by city staff.
ALTER TABLE "municipalities" ADD COLUMN "public_contacts" jsonb DEFAULT '[]'::jsonb NOT NULL;
--> statement-breakpoint
-- After a consultation closes, the person chooses whether their next consultation should
-- go to the same coordinator when that coordinator is on shift. Until they choose, the
-- earlier behaviour holds: continuity is preferred.
ALTER TABLE "consultations" ADD COLUMN "next_time_same_coordinator" boolean DEFAULT true NOT NULL;
