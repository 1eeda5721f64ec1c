-- Issue 17: a member's イクボス宣言 — the text the company declares, who signed it (name and
-- title as printed on the 宣言書) and on which day, and whether the public list shows it.
-- One current declaration per member; signing again replaces it, the audit log keeps each.
CREATE TABLE "alliance_declarations" (
	"member_id" uuid PRIMARY KEY NOT NULL REFERENCES "alliance_members"("id"),
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"text" text NOT NULL,
	"signer_name" text NOT NULL,
	"signer_title" text DEFAULT '' NOT NULL,
	"signed_on" date NOT NULL,
	"is_public" boolean NOT NULL,
	"signed_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alliance_declarations_text_check" CHECK (length(btrim("text")) > 0),
	CONSTRAINT "alliance_declarations_signer_check" CHECK (length(btrim("signer_name")) > 0)
);
