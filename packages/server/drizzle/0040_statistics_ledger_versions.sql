-- The release ledger's groups of an audience were read in full (fingerprint, label, k of
-- every group it was ever shown) at every release: with a year of monthly dashboards that
-- read was a fifth of a release's time. Each instance now keeps the list in memory and
-- asks only whether it is still current: this row's version changes, to a fresh random
-- value, in every transaction that adds a group or raises a group's k. Being random (not
-- a counter), a version written by a transaction that rolled back, or by another
-- instance, can never be mistaken for the one an instance holds. Rows are written under
-- the audience's advisory lock, like the groups themselves.
CREATE TABLE "statistics_ledger_versions" (
	"audience_key" text PRIMARY KEY NOT NULL,
	"version" uuid NOT NULL
);
