import type { CountTable } from './count-table.ts';

/**
 * Judgements about hidden entries that hiding more can only confirm. Hiding more turns
 * published constants into unknowns: every table consistent with the earlier pattern is
 * consistent with the larger one (the newly hidden entries keep their true values), so an
 * attacker's range only widens. An entry once protected stays protected, and one once
 * not derivable stays not derivable, under any pattern containing the one that showed it;
 * suppression rounds and ledger rounds only ever hide more, and need not solve it again.
 */
export class WideningProofs {
  /** Per entry, the hidden pattern under which it was shown (a snapshot, never changed). */
  readonly #shownUnder = new Map<number, ReadonlySet<number>>();

  record(entry: number, pattern: ReadonlySet<number>): void {
    this.#shownUnder.set(entry, pattern);
  }

  holds(entry: number, hidden: ReadonlySet<number>): boolean {
    const pattern = this.#shownUnder.get(entry);
    if (pattern === undefined) return false;
    for (const i of pattern) if (!hidden.has(i)) return false;
    return true;
  }
}

/** What is known of one table protected at one k: across its rounds and ledger rounds. */
export interface TableProofs {
  /** Sensitive hidden entries whose range meets the protection rule. */
  protectedEntries: WideningProofs;
  /** Hidden entries whose range is more than one value. */
  notDerivable: WideningProofs;
}

const proofsByTable = new WeakMap<CountTable, Map<number, TableProofs>>();

export function proofsOf(table: CountTable, k: number): TableProofs {
  let byK = proofsByTable.get(table);
  if (!byK) proofsByTable.set(table, (byK = new Map()));
  let proofs = byK.get(k);
  if (!proofs) {
    proofs = { protectedEntries: new WideningProofs(), notDerivable: new WideningProofs() };
    byK.set(k, proofs);
  }
  return proofs;
}
