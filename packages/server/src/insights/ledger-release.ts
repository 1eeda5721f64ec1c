import type { Db } from '../platform/db/database.ts';
import type { CountTableInput } from './disclosure/count-table.ts';
import { exposedAcrossPeriods } from './disclosure/cell-periods.ts';
import { differencingConflicts } from './disclosure/differencing.ts';
import { auditReleaseHistory, type AuditedRelease } from './disclosure/history-audit.ts';
import { protectTable, tableGroups, type TableRelease } from './disclosure/protect-table.ts';
import { groupFingerprint } from './disclosure/release-ledger.ts';
import type { DatabaseReleaseLedger } from './release-ledger.repository.ts';
import { loadReleaseHistory, recordReleaseHistory } from './release-history.repository.ts';

/** Each round hides at least one more entry; a table has few, but stop well before. */
const maxRounds = 8;

/**
 * From how many new groups on the holder index is used: measured in one process on the
 * same data (bench:insights, city weekday × hour, a year of history), it took 0.83 of the
 * time of comparing every pair with 150–170 new groups, and more than that with a few.
 */
const indexedFrom = 32;

/**
 * Protects a table against what its audience was shown before. A group of the new table
 * that differs from an earlier one by 1..k−1 persons is hidden too (and protected by
 * complementary suppression like any hidden cell), and the table protected again, until
 * nothing conflicts. Only when a conflicting group cannot be hidden (it would still be
 * derivable) is the release refused. Returns labels only: the size of a difference is
 * exactly what must not be told, not even to the log.
 */
export async function protectAgainstLedger(
  ledger: DatabaseReleaseLedger,
  audienceKey: string,
  input: CountTableInput,
  k: number,
  label: string,
): Promise<{ release: TableRelease } | { refused: string }> {
  const numbering = ledger.numberingFor(audienceKey);
  const { overlap } = numbering;
  // One input object for every round: the table is built once (see protectTable).
  const numbered = { ...input, numbering };
  // Entries found too close to a held group before are hidden from the start: they would
  // be again, after comparing them with the whole history and protecting the table twice.
  await ledger.readHeld(audienceKey);
  const hide = new Set(
    tableGroups(numbered, label)
      .filter((g) => ledger.knownClose(audienceKey, groupFingerprint(g.persons), k))
      .map((g) => g.label),
  );
  let release = protectTable(numbered, k, {
    label,
    overlap,
    ...(hide.size > 0 ? { alsoHide: hide } : {}),
  });
  // A group identical to one shown before can never be too close to it; skip those.
  const fingerprints = release.disclosedGroups.map((g) => groupFingerprint(g.persons));
  const prior = await ledger.disclosedTo(audienceKey, fingerprints);
  // protectTable leaves no two of its own groups too close: only earlier ones are compared,
  // and only with groups the audience does not hold already: showing a count again tells
  // nothing new, whatever it is close to (each pair was judged when the later came out).
  let suspects = release.disclosedGroups.filter(
    (_, i) => !ledger.holds(audienceKey, fingerprints[i]!),
  );
  for (let round = 0; ; round++) {
    // The holder index pays for laying out the history only when many groups are new.
    const conflicts = differencingConflicts(suspects, prior, k, overlap, {
      amongThem: false,
      firstPerGroup: true,
      ...(suspects.length >= indexedFrom ? { index: numbering } : {}),
    });
    if (conflicts.length === 0) {
      // Pairs are settled; three or more periods of one cell are judged together. Hiding
      // what they expose only shrinks what is disclosed, so nothing needs judging again.
      const exposed = exposedAcrossPeriods({
        groups: release.disclosedGroups.filter(
          (g) => !ledger.holds(audienceKey, groupFingerprint(g.persons)),
        ),
        prior,
        k,
        index: numbering,
      });
      if (exposed.length === 0) return { release };
      const alsoHide = new Set([...release.hiddenLabels, ...hide, ...exposed]);
      return { release: protectTable(numbered, k, { label, alsoHide, overlap }) };
    }
    const byLabel = new Map(suspects.map((g) => [g.label, g]));
    for (const { group, conflictsWith } of conflicts) {
      if (conflictsWith.fingerprint === undefined) continue;
      const fingerprint = groupFingerprint(byLabel.get(group)!.persons);
      ledger.rememberClose(audienceKey, fingerprint, k, conflictsWith.fingerprint);
    }
    const more = [...new Set(conflicts.map((c) => c.group))].filter((g) => !hide.has(g));
    if (more.length === 0 || round === maxRounds) {
      return { refused: `${conflicts[0]!.group} ~ ${conflicts[0]!.conflictsWith.label}` };
    }
    for (const group of more) hide.add(group);
    // Starting from what this table hid already: hiding more keeps it protected, and
    // the suppressions need not be searched for again.
    const alsoHide = new Set([...release.hiddenLabels, ...hide]);
    release = protectTable(numbered, k, { label, alsoHide, overlap });
    // Hiding more only shrinks what is disclosed (less published proves fewer counts), so
    // only groups that conflicted can conflict again.
    const conflicted = new Set(conflicts.map((c) => c.group));
    suspects = release.disclosedGroups.filter((g) => conflicted.has(g.label));
  }
}

/**
 * Judges a statistics release with the audience's whole history of populations
 * (disclosure/history-audit.ts): periods and scopes combined three or more at a time must
 * not pin down a group of 1..k−1 persons, as page − report − report did for a survey. A
 * population the audience was already told, under at least this k, adds nothing and is
 * not judged again (a dashboard's tables of one period count the same persons). Returns
 * a reason (labels only) when refused; else `record`, to call once the release's groups
 * are in the ledger.
 */
export async function auditAgainstHistory(
  db: Db,
  ledger: DatabaseReleaseLedger,
  {
    municipalityId,
    audienceKey,
    releaseId,
    population,
    k,
    now,
  }: {
    municipalityId: string | null;
    audienceKey: string;
    releaseId: string;
    population: TableRelease['population'];
    k: number;
    now: Date;
  },
): Promise<{ refused: string } | { record(): Promise<void> }> {
  if (population.count === null) return { record: async () => {} };
  const scope = { kind: 'statistics' as const };
  const fingerprint = groupFingerprint(population.persons);
  const history = await loadReleaseHistory(db, ledger, { municipalityId, audienceKey, scope });
  const candidate: AuditedRelease = {
    id: releaseId,
    k,
    population: population.persons,
    total: population.count,
    questions: [],
  };
  const told = history.some((h) => h.populationFingerprint === fingerprint && h.release.k >= k);
  if (!told) {
    const { exposed } = auditReleaseHistory({
      candidate,
      history: history.map((h) => h.release),
      index: ledger.numberingFor(audienceKey),
    });
    if (exposed.length > 0) {
      return { refused: `${exposed.length} small groups across ${history.length} releases` };
    }
  }
  return {
    record: () =>
      recordReleaseHistory(db, {
        municipalityId,
        audienceKey,
        scope,
        release: candidate,
        populationFingerprint: fingerprint,
        now,
      }),
  };
}
