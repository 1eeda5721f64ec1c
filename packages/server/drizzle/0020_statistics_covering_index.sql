-- Counting a municipality's year read its case records row by row from the heap, and
-- records are written as consultations close across every municipality of the network,
-- so one municipality-year (25,000 records at 20 municipalities × 1,000,000) was spread
-- over 20,000 pages: most of a dashboard query's SQL time. This index carries every
-- column a statistics query filters, groups or counts by, ordered by municipality and
-- month, so such a query is an index-only scan over a few hundred contiguous pages (the
-- summary, the one wide column, stays out). It costs one more index entry per closed
-- consultation. It is declared here only, not in the drizzle schema, which cannot
-- express INCLUDE; case_records_month_idx stays for the other lookups.
CREATE INDEX IF NOT EXISTS "case_records_statistics_idx" ON "case_records"
  USING btree ("municipality_id", "month")
  INCLUDE ("person_key", "organization_id", "topics", "life_events", "contact_weekday",
    "contact_hour", "time_band", "referral_types", "outcome", "severity", "satisfaction",
    "channel", "industry", "size_band", "age_band");
