-- The release ledger names each group by a fingerprint of its members. It was SHA-256 of
-- the member keys sorted as text, which only a sorted list of keys can give: the
-- statistics query had to sort every cell's persons, and every total built in memory had
-- to be sorted again, which was a large share of computing a dashboard table. It is now
-- SHA-256 of the members' digests (the first 16 bytes of SHA-256 of each key) in byte
-- order, which the server computes from any representation of a group (see
-- person-digest.ts). Rows are recomputed here, so the same members keep naming the same
-- row; a group's identity, and so which earlier groups a release is compared with, does
-- not change. No two rows of one audience hold the same members, so no key collides.
-- An instance of the previous version still running during a rolling update writes the
-- old form: such a row only repeats a group, which compares as identical, never as close.
UPDATE "statistics_release_groups" g SET "fingerprint" = (
  SELECT encode(sha256(coalesce(string_agg(m.digest, ''::bytea ORDER BY m.digest), ''::bytea)), 'hex')
  FROM (SELECT substr(sha256(convert_to(p, 'UTF8')), 1, 16) AS digest FROM unnest(g."persons") p) m
);
