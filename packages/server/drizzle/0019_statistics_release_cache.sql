-- Dashboards are viewed far more often than the data changes, and protecting a table
-- (the exact attacker) takes seconds on a large municipality. statistics_release_cache
-- keeps each protected table released to an audience, by request and data version: the
-- same table shown again to the same audience discloses nothing new (its groups are in
-- the ledger). statistics_data_versions holds a version per municipality and month; the
-- triggers below raise it on every write to case_records, by any path (close, rating,
-- erasure, demo seed), for every month the write touches, so a cached table is never
-- served for changed data. Per month, because new records land in the running month,
-- which no release covers: releases of finished months stay valid as consultations close.
CREATE TABLE "statistics_data_versions" (
	"municipality_id" uuid NOT NULL,
	"month" text NOT NULL,
	"version" bigint NOT NULL,
	CONSTRAINT "statistics_data_versions_municipality_id_month_pk" PRIMARY KEY("municipality_id","month")
);
--> statement-breakpoint
CREATE TABLE "statistics_release_cache" (
	"audience_key" text NOT NULL,
	"request_key" text NOT NULL,
	"municipality_id" uuid NOT NULL,
	"data_version" bigint NOT NULL,
	"release_id" uuid NOT NULL,
	"released" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "statistics_release_cache_audience_key_request_key_pk" PRIMARY KEY("audience_key","request_key")
);
--> statement-breakpoint
ALTER TABLE "statistics_data_versions" ADD CONSTRAINT "statistics_data_versions_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_release_cache" ADD CONSTRAINT "statistics_release_cache_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE FUNCTION "statistics_data_version_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO statistics_data_versions (municipality_id, month, version)
    SELECT municipality_id, month, 1 FROM changed GROUP BY municipality_id, month
  ON CONFLICT (municipality_id, month) DO UPDATE SET version = statistics_data_versions.version + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- An update may move a record to another month: both months change.
CREATE FUNCTION "statistics_data_version_bump_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO statistics_data_versions (municipality_id, month, version)
    SELECT municipality_id, month, 1 FROM (
      SELECT municipality_id, month FROM changed UNION SELECT municipality_id, month FROM before
    ) touched
  ON CONFLICT (municipality_id, month) DO UPDATE SET version = statistics_data_versions.version + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "case_records_version_on_insert" AFTER INSERT ON "case_records"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "statistics_data_version_bump"();
--> statement-breakpoint
CREATE TRIGGER "case_records_version_on_update" AFTER UPDATE ON "case_records"
  REFERENCING OLD TABLE AS before NEW TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION "statistics_data_version_bump_update"();
--> statement-breakpoint
CREATE TRIGGER "case_records_version_on_delete" AFTER DELETE ON "case_records"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "statistics_data_version_bump"();
--> statement-breakpoint
-- TRUNCATE has no transition table: every month of every municipality changes.
CREATE FUNCTION "statistics_data_version_bump_all"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE statistics_data_versions SET version = version + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "case_records_version_on_truncate" AFTER TRUNCATE ON "case_records"
  FOR EACH STATEMENT EXECUTE FUNCTION "statistics_data_version_bump_all"();
