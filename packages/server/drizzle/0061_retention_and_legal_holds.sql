-- Issue 21: how long each kind of record is kept, per municipality, and a legal hold on a
-- consultation that suspends its erasure. Expand only: new tables, nothing an earlier
-- release reads is changed, so it runs beside this schema during a rolling upgrade.
--
-- A municipality without a row for a kind keeps the default the application states
-- (shared/domain/retention.ts); the floor per kind is checked by the use-case, and the
-- CHECK below only keeps out what no setting can be.
CREATE TABLE "retention_settings" (
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"kind" text NOT NULL,
	"months" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	PRIMARY KEY ("municipality_id", "kind"),
	CONSTRAINT "retention_settings_kind_check" CHECK ("kind" IN ('consultations','attachments','audit_log','case_records','survey_answers','event_registrations','work_records')),
	CONSTRAINT "retention_settings_months_check" CHECK ("months" BETWEEN 1 AND 600)
);
--> statement-breakpoint
-- A consultation under a legal hold is never erased by the retention sweep (nor its notes,
-- messages and attachments, which go only with it). The reason is sealed: a supervisor may
-- name a case or a court. Lifting deletes the row; the audit log keeps both steps.
CREATE TABLE "consultation_legal_holds" (
	"consultation_id" uuid PRIMARY KEY NOT NULL REFERENCES "consultations"("id") ON DELETE CASCADE,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"reason_sealed" text NOT NULL,
	"placed_by" uuid NOT NULL,
	"placed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
-- The audit chain's erased prefix. Before the sweep erases audit entries up to a seq it
-- records here that seq and the hash of that entry; the verifier then starts from the
-- newest checkpoint instead of the genesis hash, so what remains still verifies and a
-- removed entry in the middle still breaks it. Checkpoints are append-only themselves.
CREATE TABLE "audit_checkpoints" (
	"through_seq" bigint PRIMARY KEY NOT NULL,
	"hash" text NOT NULL,
	"erased" integer NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TRIGGER "audit_checkpoints_append_only" BEFORE UPDATE OR DELETE ON "audit_checkpoints"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_refuse_change"();
--> statement-breakpoint
-- The audit log stays append-only, except that an entry at or before a recorded checkpoint
-- may be deleted: erasure is possible only after the chain's cut has been written down.
-- UPDATE is refused as before; so is any DELETE on audit_checkpoints (same function, no
-- checkpoint covers a checkpoint's own table).
CREATE OR REPLACE FUNCTION "audit_log_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_log' AND EXISTS (
    SELECT 1 FROM "audit_checkpoints" WHERE "through_seq" >= OLD."seq"
  ) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
