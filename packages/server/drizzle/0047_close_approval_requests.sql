-- Issue 13: a coordinator whose close of a high-risk consultation is refused for want of a
-- follow-up may ask a supervisor to approve closing without one. The request and the
-- supervisor's answer are kept (reason and comment sealed: they speak of the person);
-- an approved request lets its consultation close. One pending request per consultation.
CREATE TABLE "close_approval_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"consultation_id" uuid NOT NULL REFERENCES "consultations"("id") ON DELETE CASCADE,
	"requested_by" uuid NOT NULL,
	"reason_sealed" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"comment_sealed" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "close_approval_requests_status_check" CHECK ("status" in ('pending', 'approved', 'declined'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "close_approval_requests_pending_key" ON "close_approval_requests" USING btree ("consultation_id") WHERE status = 'pending';
--> statement-breakpoint
CREATE INDEX "close_approval_requests_municipality_idx" ON "close_approval_requests" USING btree ("municipality_id","status","created_at");
