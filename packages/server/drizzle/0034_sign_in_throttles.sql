-- Sign-in throttling instead of account lockout (issue 14). A few wrong passwords used to
-- lock any account, staff included, for 15 minutes, and the lock answered only for
-- addresses that exist. Failures are now counted per account and source address, per
-- account and per source address, with growing delays; keys are hashes, unknown
-- addresses are counted like known ones, so the table neither lists who is enrolled nor
-- who tried. users.failed_sign_ins and locked_until now count second-factor codes only.
CREATE TABLE "sign_in_throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"last_failure_at" timestamp with time zone NOT NULL
);
