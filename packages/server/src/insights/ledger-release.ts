import type { CountTableInput } from './disclosure/count-table.ts';
import { differencingConflicts } from './disclosure/differencing.ts';
import { protectTable, type TableRelease } from './disclosure/protect-table.ts';
import { groupFingerprint } from './disclosure/release-ledger.ts';
import type { DatabaseReleaseLedger } from './release-ledger.repository.ts';

/** Each round hides at least one more entry; a table has few, but stop well before. */
const maxRounds = 8;

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
  let release = protectTable(numbered, k, { label, overlap });
  // A group identical to one shown before can never be too close to it; skip those.
  const prior = await ledger.disclosedTo(
    audienceKey,
    release.disclosedGroups.map((g) => groupFingerprint(g.persons)),
  );
  const hide = new Set<string>();
  // protectTable leaves no two of its own groups too close: only earlier ones are compared.
  let suspects = release.disclosedGroups;
  for (let round = 0; ; round++) {
    const conflicts = differencingConflicts(suspects, prior, k, overlap, { amongThem: false });
    if (conflicts.length === 0) return { release };
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
