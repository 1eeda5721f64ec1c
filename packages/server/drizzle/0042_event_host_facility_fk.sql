-- Events held by a childcare facility (issue 16). 0038 left events.host_facility_id without a
-- foreign key because the facilities table came in a neighbouring migration. Now a
-- facility's page lists the events it holds and facility staff manage exactly those, so
-- the link must name a real facility of the event's own municipality.
-- A value naming no facility, or a facility of another municipality, can only have been
-- written by hand: it is cleared (the event stays, held by the city) rather than stopping
-- the migration, since no page could have shown it under that facility anyway.
UPDATE "events" SET "host_facility_id" = NULL
WHERE "host_facility_id" IS NOT NULL
  AND NOT EXISTS (
    SELECT 1 FROM "childcare_facilities" f
    WHERE f."id" = "events"."host_facility_id" AND f."municipality_id" = "events"."municipality_id"
  );--> statement-breakpoint
-- A facility removed from the list leaves its past events to the city.
ALTER TABLE "events" ADD CONSTRAINT "events_host_facility_id_childcare_facilities_id_fk" FOREIGN KEY ("host_facility_id") REFERENCES "public"."childcare_facilities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- The facility page asks for one facility's coming events.
CREATE INDEX "events_host_facility_starts_idx" ON "events" USING btree ("host_facility_id","starts_at") WHERE "host_facility_id" IS NOT NULL;
