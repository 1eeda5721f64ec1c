import { rangeFinder, type LinearConstraint, type RangeFinder } from './exact-simplex.ts';
import { MembershipIndex } from './membership-bits.ts';
import { isSmall, type Interval } from './protection-rule.ts';

/**
 * One release to an audience as the history auditor sees it: the persons it counts, what
 * it told of their number, and its answer tables. Earlier releases and the candidate look
 * alike; every release an audience received is assumed kept and combined by it.
 */
export interface AuditedRelease {
  id: string;
  /** The minimum group size promised when it was released (a candidate: the one now). */
  k: number;
  /** The persons it counts: a survey's respondents in scope, a table's persons. */
  population: ReadonlySet<string>;
  /** Their number when the audience knows it exactly (published or derivable), else null. */
  total: number | null;
  /** Answer tables over the population (survey questions); none for statistics tables. */
  questions: readonly AuditedQuestion[];
}

export interface AuditedQuestion {
  /**
   * What the categories mean: the same family in two releases is the same question, so a
   * person's answer is one unknown in both (a survey's answers never change).
   */
  family: string;
  /** Count per category over the population, as published; null where hidden. */
  published: readonly (number | null)[];
  /**
   * 'one': every person of the population is in exactly one category (a required 1–5
   * question); 'atMostOne': in one or in none (having written a free-text answer).
   */
  coverage: 'one' | 'atMostOne';
}

/** A person's category in a family, or null for none. */
export type CategoryOf = (family: string, person: string) => number | null;

/**
 * What the attacker could narrow down: the persons in exactly the same releases (an
 * atom), or those of an atom who gave one answer. Named by the releases the atom is in.
 */
export type ExposedGroup =
  | { kind: 'atom'; releases: readonly string[] }
  | { kind: 'answer'; releases: readonly string[]; family: string; category: number };

/**
 * The persons of the releases, numbered, in atoms: persons in exactly the same
 * populations. Each atom lists the releases containing it and its members.
 */
interface Atoms {
  releasesOf: number[][];
  members: Int32Array[];
  person: (id: number) => string;
}

function atomsOf(populations: readonly ReadonlySet<string>[], index: MembershipIndex): Atoms {
  const groups = populations.map((population) => index.compact(population));
  // Up to 31 releases a person's releases fit one integer: a mask per numbered person
  // instead of a word array and a text key each (most of the cost with large populations).
  if (populations.length <= 31) return atomsByMask(groups, index);
  const words = Math.ceil(populations.length / 32);
  const signatures = new Map<string, { releases: number[]; members: number[] }>();
  const seen = new Map<number, Uint32Array>();
  groups.forEach((group, release) => {
    for (const id of index.idsOf(group.bits, group.size)) {
      let signature = seen.get(id);
      if (!signature) seen.set(id, (signature = new Uint32Array(words)));
      signature[release >>> 5]! |= 1 << (release & 31);
    }
  });
  for (const [id, signature] of seen) {
    const key = signature.join(',');
    let atom = signatures.get(key);
    if (!atom) {
      const releases = populations.flatMap((_, r) =>
        (signature[r >>> 5]! & (1 << (r & 31))) !== 0 ? [r] : [],
      );
      signatures.set(key, (atom = { releases, members: [] }));
    }
    atom.members.push(id);
  }
  const atoms = [...signatures.values()];
  return {
    releasesOf: atoms.map((a) => a.releases),
    members: atoms.map((a) => Int32Array.from(a.members)),
    person: (id) => index.personOf(id),
  };
}

function atomsByMask(
  groups: readonly { bits: Uint32Array; size: number }[],
  index: MembershipIndex,
): Atoms {
  let width = 0;
  for (const group of groups) width = Math.max(width, group.bits.length * 32);
  const masks = new Int32Array(width);
  const touched: number[] = [];
  groups.forEach((group, release) => {
    const bit = 1 << release;
    for (const id of index.idsOf(group.bits, group.size)) {
      if (masks[id] === 0) touched.push(id);
      masks[id]! |= bit;
    }
  });
  const byMask = new Map<number, number[]>();
  for (const id of touched) {
    const mask = masks[id]!;
    const members = byMask.get(mask);
    if (members) members.push(id);
    else byMask.set(mask, [id]);
  }
  const releasesOf: number[][] = [];
  const members: Int32Array[] = [];
  for (const [mask, ids] of byMask) {
    releasesOf.push(groups.flatMap((_, r) => ((mask & (1 << r)) !== 0 ? [r] : [])));
    members.push(Int32Array.from(ids));
  }
  return { releasesOf, members, person: (id) => index.personOf(id) };
}

/** The releases linked to the candidate through shared persons: the candidate, then history order. */
function componentOf(
  candidate: AuditedRelease,
  history: readonly AuditedRelease[],
  index: MembershipIndex,
): AuditedRelease[] {
  const linked = new Set<AuditedRelease>([candidate]);
  for (let grown = true; grown;) {
    grown = false;
    for (const release of history) {
      if (linked.has(release)) continue;
      for (const member of linked) {
        if (index.overlap(member.population, release.population, 0) > 0) {
          linked.add(release);
          grown = true;
          break;
        }
      }
    }
  }
  return [candidate, ...history.filter((release) => linked.has(release))];
}

interface Program {
  constraints: LinearConstraint[];
  variableCount: number;
}

/** A target: one unknown of the program, its true value and the k promised for it. */
interface Target {
  variable: number;
  k: number;
  group: ExposedGroup;
}

/**
 * The attacker's linear program over the atoms: one unknown per atom (its size) and one
 * per atom, question and category (how many of it gave that answer). Every count the
 * audience received is an equation over them; `withCandidate` false leaves out what
 * only the candidate told, to ask what was known before it.
 */
function buildProgram(releases: readonly AuditedRelease[], atoms: Atoms, categoryOf: CategoryOf) {
  const atomCount = atoms.members.length;
  const atomsIn = releases.map(() => [] as number[]);
  atoms.releasesOf.forEach((rs, a) => rs.forEach((r) => atomsIn[r]!.push(a)));

  // Families, each with the atoms that any of its releases counts.
  const families = new Map<string, { size: number; coverage: 'one' | 'atMostOne' }>();
  releases.forEach((release) =>
    release.questions.forEach((q) =>
      families.set(q.family, { size: q.published.length, coverage: q.coverage }),
    ),
  );
  let next = atomCount;
  const answerVariable = new Map<string, number>();
  const key = (family: string, atom: number, category: number) =>
    `${family}\u0000${atom}\u0000${category}`;
  const familyAtoms = new Map<string, Set<number>>();
  releases.forEach((release, r) =>
    release.questions.forEach((q) => {
      const set = familyAtoms.get(q.family) ?? new Set<number>();
      for (const a of atomsIn[r]!) set.add(a);
      familyAtoms.set(q.family, set);
    }),
  );
  for (const [family, inFamily] of familyAtoms) {
    const { size } = families.get(family)!;
    for (const a of inFamily) {
      for (let c = 0; c < size; c++) answerVariable.set(key(family, a, c), next++);
    }
  }

  const constraintsFor = (withCandidate: boolean): Program => {
    const constraints: LinearConstraint[] = [];
    releases.forEach((release, r) => {
      if (r === 0 && !withCandidate) return;
      if (release.total !== null) {
        constraints.push({
          terms: atomsIn[r]!.map((a) => [a, 1] as const),
          relation: '=',
          rhs: release.total,
        });
      }
      for (const q of release.questions) {
        q.published.forEach((value, c) => {
          if (value === null) return;
          constraints.push({
            terms: atomsIn[r]!.map((a) => [answerVariable.get(key(q.family, a, c))!, 1] as const),
            relation: '=',
            rhs: value,
          });
        });
      }
    });
    // How an atom's answers add up to its size holds whatever was published.
    for (const [family, inFamily] of familyAtoms) {
      const { size, coverage } = families.get(family)!;
      for (const a of inFamily) {
        const terms: (readonly [number, number])[] = [[a, -1]];
        for (let c = 0; c < size; c++) terms.push([answerVariable.get(key(family, a, c))!, 1]);
        constraints.push({ terms, relation: coverage === 'one' ? '=' : '<=', rhs: 0 });
      }
    }
    return { constraints, variableCount: next };
  };

  const promised = (a: number) => Math.max(...atoms.releasesOf[a]!.map((r) => releases[r]!.k));
  const named = (a: number) => atoms.releasesOf[a]!.map((r) => releases[r]!.id);
  const targets: Target[] = [];
  atoms.members.forEach((members, a) => {
    const k = promised(a);
    if (isSmall(members.length, k)) {
      targets.push({ variable: a, k, group: { kind: 'atom', releases: named(a) } });
    }
  });
  for (const [family, inFamily] of familyAtoms) {
    const { size } = families.get(family)!;
    for (const a of inFamily) {
      const k = promised(a);
      const counts = new Array<number>(size).fill(0);
      for (const id of atoms.members[a]!) {
        const category = categoryOf(family, atoms.person(id));
        if (category !== null) counts[category]!++;
      }
      counts.forEach((truth, category) => {
        if (!isSmall(truth, k)) return;
        targets.push({
          variable: answerVariable.get(key(family, a, category))!,
          k,
          group: { kind: 'answer', releases: named(a), family, category },
        });
      });
    }
  }
  return { constraintsFor, targets };
}

/**
 * The protection a small group needs (see protection-rule.ts): the attacker's range must
 * hold 0 and reach k, so that an empty group cannot be told from one large enough to
 * publish. Nothing bounds these unknowns before anything is published, so k itself.
 */
function protects(range: Interval, k: number): boolean {
  return range.min <= 0 && range.max >= k;
}

/**
 * Decides whether a candidate release, together with everything the audience received
 * before, lets anyone bound a group of 1..k−1 persons (or what such a group answered) to
 * an exact value or a range narrower than the protection rule allows. Released counts are
 * linear equations over the atoms of the partition the releases' populations induce and
 * over each atom's answers; the exact LP attacker bounds every small atom and answer
 * count. k is a promise: an atom is judged by the largest k of the releases it is in.
 * Only what the candidate changes is judged: a group already bounded before it (released
 * under a smaller k, say) does not block it. Releases sharing no person with the
 * candidate are left out: they constrain nothing it tells.
 */
export function auditReleaseHistory({
  candidate,
  history,
  categoryOf = () => null,
  index = new MembershipIndex(),
}: {
  candidate: AuditedRelease;
  history: readonly AuditedRelease[];
  categoryOf?: CategoryOf;
  /** Numbering shared with the populations, when they are its bit sets already. */
  index?: MembershipIndex;
}): { exposed: ExposedGroup[] } {
  const releases = componentOf(candidate, history, index);
  const atoms = atomsOf(
    releases.map((r) => r.population),
    index,
  );
  const { constraintsFor, targets } = buildProgram(releases, atoms, categoryOf);
  if (targets.length === 0) return { exposed: [] };
  const after = rangeFinder(constraintsFor(true));
  const safe = (target: Target) => (_: number, seen: Interval) => protects(seen, target.k);
  after.explore(targets.map((t) => t.variable));
  let before: RangeFinder | null = null;
  const exposed: ExposedGroup[] = [];
  for (const target of targets) {
    if (protects(after.range(target.variable, safe(target)), target.k)) continue;
    before ??= rangeFinder(constraintsFor(false));
    // Bounded before the candidate too: it tells nothing new about this group.
    if (!protects(before.range(target.variable, safe(target)), target.k)) continue;
    exposed.push(target.group);
  }
  return { exposed };
}

/**
 * Atoms inside the candidate's population that the candidate made (new persons, or an
 * earlier atom it split) and that hold fewer persons than the largest k of the releases
 * they are in. Free text needs this stricter rule: comparing two lists of texts shows
 * exactly the texts of the persons in one and not the other, whatever the counts say.
 */
export function smallNewAtoms({
  candidate,
  history,
  index = new MembershipIndex(),
}: {
  candidate: AuditedRelease;
  history: readonly AuditedRelease[];
  index?: MembershipIndex;
}): number {
  const releases = componentOf(candidate, history, index);
  const atoms = atomsOf(
    releases.map((r) => r.population),
    index,
  );
  // Persons of each earlier atom (their releases but the candidate), by that signature.
  const earlierSizes = new Map<string, number>();
  const earlierKey = (rs: readonly number[]) => rs.filter((r) => r !== 0).join(',');
  atoms.releasesOf.forEach((rs, a) => {
    const key = earlierKey(rs);
    earlierSizes.set(key, (earlierSizes.get(key) ?? 0) + atoms.members[a]!.length);
  });
  let small = 0;
  atoms.releasesOf.forEach((rs, a) => {
    if (!rs.includes(0)) return;
    const size = atoms.members[a]!.length;
    const unchanged = rs.length > 1 && earlierSizes.get(earlierKey(rs)) === size;
    const k = Math.max(...rs.map((r) => releases[r]!.k));
    if (!unchanged && isSmall(size, k)) small++;
  });
  return small;
}
