/**
 * A small dense simplex in exact integer arithmetic (BigInt), for the attacker's question
 * "how small and how large can this hidden count be, given everything published?".
 * Floating point could round a width of k − ε up to k; exact arithmetic cannot.
 *
 * Each tableau row is kept as integers scaled by its own positive factor (fraction-free
 * pivoting with a gcd reduction). Pivots follow Dantzig's rule, falling back to Bland's
 * rule on the degenerate stretches that tables with many zeros produce, so it never cycles.
 */

export interface LinearConstraint {
  /** [variable index, integer coefficient] pairs. */
  terms: readonly (readonly [number, number])[];
  relation: '<=' | '=';
  rhs: number;
}

/** Variables are non-negative; constraints are linear with integer coefficients. */
export interface LinearProgram {
  variableCount: number;
  constraints: readonly LinearConstraint[];
}

export interface VariableRange {
  /** Smallest integer value any feasible solution allows (LP bound rounded up). */
  min: number;
  /** Largest one (LP bound rounded down), Infinity when unbounded. */
  max: number;
}

export class InfeasibleProgramError extends Error {
  override name = 'InfeasibleProgramError';
}

interface Row {
  coefficients: bigint[];
  rhs: bigint;
  basic: number;
  /**
   * false while `coefficients` is shared with the tableau it was copied from: every
   * objective starts from the same feasible tableau, and a pivot changes few rows.
   */
  owned: boolean;
}

/** Copy-on-write: a row's coefficients become its own before the first change. */
function own(row: Row): bigint[] {
  if (!row.owned) {
    row.coefficients = [...row.coefficients];
    row.owned = true;
  }
  return row.coefficients;
}

/** scale · objective(y) = Σ reduced[j]·y[j] + constant, with scale > 0. */
interface ObjectiveRow {
  reduced: bigint[];
  constant: bigint;
  scale: bigint;
}

const abs = (v: bigint) => (v < 0n ? -v : v);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function reduceRow(row: Row): void {
  let g = abs(row.rhs);
  for (const c of row.coefficients) if (c !== 0n) g = gcd(g, c);
  if (g <= 1n) return;
  row.rhs /= g;
  const coefficients = own(row);
  for (let j = 0; j < coefficients.length; j++) coefficients[j]! /= g;
}

function reduceObjective(z: ObjectiveRow): void {
  let g = gcd(z.scale, z.constant);
  for (const c of z.reduced) if (c !== 0n) g = gcd(g, c);
  if (g <= 1n) return;
  z.scale /= g;
  z.constant /= g;
  for (let j = 0; j < z.reduced.length; j++) z.reduced[j]! /= g;
}

/**
 * Substitutes the pivot row into the objective so that column `col` drops out of it.
 * `unitColumns`: the row's non-zero columns when its pivot is 1 (then nothing is scaled).
 */
function eliminateFromObjective(
  z: ObjectiveRow,
  row: Row,
  col: number,
  unitColumns: readonly number[] | null = null,
): void {
  const p = row.coefficients[col]!;
  const r = z.reduced[col]!;
  if (r === 0n) return;
  if (unitColumns) {
    for (const j of unitColumns) z.reduced[j] = z.reduced[j]! - r * row.coefficients[j]!;
    z.constant = z.constant + r * row.rhs;
    return;
  }
  for (let j = 0; j < z.reduced.length; j++) {
    z.reduced[j] = p * z.reduced[j]! - r * row.coefficients[j]!;
  }
  z.constant = p * z.constant + r * row.rhs;
  z.scale = p * z.scale;
  reduceObjective(z);
}

function pivot(rows: Row[], z: ObjectiveRow, pivotRow: number, col: number): void {
  const prow = rows[pivotRow]!;
  const p = prow.coefficients[col]!;
  // Table constraints are sparse 0/±1 rows: with a unit pivot nothing is scaled, and only
  // the pivot row's non-zero columns change the others.
  const nonZero: number[] = [];
  prow.coefficients.forEach((c, j) => {
    if (c !== 0n) nonZero.push(j);
  });
  for (let i = 0; i < rows.length; i++) {
    if (i === pivotRow) continue;
    const row = rows[i]!;
    const a = row.coefficients[col]!;
    if (a === 0n) continue;
    const coefficients = own(row);
    if (p === 1n) {
      for (const j of nonZero) coefficients[j] = coefficients[j]! - a * prow.coefficients[j]!;
      row.rhs = row.rhs - a * prow.rhs;
      continue;
    }
    for (let j = 0; j < coefficients.length; j++) {
      const pj = prow.coefficients[j]!;
      if (pj !== 0n) coefficients[j] = p * coefficients[j]! - a * pj;
      else if (coefficients[j] !== 0n) coefficients[j] = p * coefficients[j]!;
    }
    row.rhs = p * row.rhs - a * prow.rhs;
    reduceRow(row);
  }
  eliminateFromObjective(z, prow, col, p === 1n ? nonZero : null);
  prow.basic = col;
  if (p !== 1n) reduceRow(prow);
}

/** Consecutive pivots that leave the objective unchanged before Bland's rule takes over. */
const degenerateRunBeforeBland = 25;

/**
 * Runs simplex iterations (minimisation) over the allowed columns; false when unbounded.
 * The entering column is the most negative reduced cost (Dantzig: few pivots), and after a
 * run of degenerate pivots the first negative one (Bland), which cannot cycle.
 */
function iterate(rows: Row[], z: ObjectiveRow, columnCount: number): boolean {
  let degenerateRun = 0;
  for (;;) {
    const bland = degenerateRun >= degenerateRunBeforeBland;
    let entering = -1;
    for (let j = 0; j < columnCount; j++) {
      const r = z.reduced[j]!;
      if (r >= 0n) continue;
      if (bland) {
        entering = j;
        break;
      }
      if (entering < 0 || r < z.reduced[entering]!) entering = j;
    }
    if (entering < 0) return true;
    let leaving = -1;
    for (let i = 0; i < rows.length; i++) {
      const a = rows[i]!.coefficients[entering]!;
      if (a <= 0n) continue;
      if (leaving < 0) {
        leaving = i;
        continue;
      }
      const best = rows[leaving]!;
      const lhs = rows[i]!.rhs * best.coefficients[entering]!;
      const rhs = best.rhs * a;
      if (lhs < rhs || (lhs === rhs && rows[i]!.basic < best.basic)) leaving = i;
    }
    if (leaving < 0) return false;
    // The objective moves only when the leaving row's value is positive.
    degenerateRun = rows[leaving]!.rhs === 0n ? degenerateRun + 1 : 0;
    pivot(rows, z, leaving, entering);
  }
}

function objectiveRow(costs: bigint[], rows: Row[]): ObjectiveRow {
  const z: ObjectiveRow = { reduced: costs, constant: 0n, scale: 1n };
  for (const row of rows) eliminateFromObjective(z, row, row.basic);
  return z;
}

/** A feasible basis over the variables and slacks, found once and reused for every objective. */
interface FeasibleTableau {
  rows: Row[];
  columnCount: number;
}

function feasibleTableau(lp: LinearProgram): FeasibleTableau {
  const n = lp.variableCount;
  const slackCount = lp.constraints.filter((c) => c.relation === '<=').length;
  const needsArtificial = lp.constraints.map((c) => c.relation === '=' || c.rhs < 0);
  const artificialCount = needsArtificial.filter(Boolean).length;
  const width = n + slackCount + artificialCount;
  const rows: Row[] = [];
  let slack = n;
  let artificial = n + slackCount;
  lp.constraints.forEach((constraint, index) => {
    const coefficients = new Array<bigint>(width).fill(0n);
    for (const [variable, coefficient] of constraint.terms) {
      coefficients[variable] = coefficients[variable]! + BigInt(coefficient);
    }
    let rhs = BigInt(constraint.rhs);
    let basic = -1;
    if (constraint.relation === '<=') {
      coefficients[slack] = 1n;
      if (!needsArtificial[index]) basic = slack;
      slack++;
    }
    if (rhs < 0n) {
      rhs = -rhs;
      for (let j = 0; j < width; j++) coefficients[j] = -coefficients[j]!;
    }
    if (needsArtificial[index]) {
      coefficients[artificial] = 1n;
      basic = artificial++;
    }
    rows.push({ coefficients, rhs, basic, owned: true });
  });

  const firstArtificial = n + slackCount;
  const phaseOne = objectiveRow(
    Array.from({ length: width }, (_, j) => (j >= firstArtificial ? 1n : 0n)),
    rows,
  );
  iterate(rows, phaseOne, width);
  if (phaseOne.constant !== 0n)
    throw new InfeasibleProgramError('no solution satisfies the constraints');

  // Drive artificials still basic (at zero) out of the basis; a row with no other column is redundant.
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]!;
    if (row.basic < firstArtificial) continue;
    const col = row.coefficients.findIndex((c, j) => j < firstArtificial && c !== 0n);
    if (col < 0) {
      rows.splice(i, 1);
      continue;
    }
    if (row.coefficients[col]! < 0n) {
      for (let j = 0; j < width; j++) row.coefficients[j] = -row.coefficients[j]!;
    }
    pivot(rows, { reduced: new Array<bigint>(width).fill(0n), constant: 0n, scale: 1n }, i, col);
  }
  for (const row of rows) row.coefficients.length = firstArtificial;
  return { rows, columnCount: firstArtificial };
}

function ceilDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n > 0n ? q + 1n : q;
}

/** Minimum of `sign · y[variable]` over the feasible set: its ceiling, and the optimal vertex. */
function minimise(
  tableau: FeasibleTableau,
  variable: number,
  sign: 1n | -1n,
): { bound: bigint; vertex: Row[] } | null {
  const rows = tableau.rows.map((r) => ({ ...r, owned: false }));
  const costs = new Array<bigint>(tableau.columnCount).fill(0n);
  costs[variable] = sign;
  const z = objectiveRow(costs, rows);
  if (!iterate(rows, z, tableau.columnCount)) return null;
  return { bound: ceilDiv(z.constant, z.scale), vertex: rows };
}

const floorDiv = (n: bigint, d: bigint) => -ceilDiv(-n, d);

/**
 * Integer bounds seen so far in feasible solutions (vertices): the true range contains
 * [seen.min, seen.max], since the minimum is at most, and the maximum at least, any value
 * some solution takes.
 */
class SeenValues {
  private readonly low = new Map<number, bigint>();
  private readonly high = new Map<number, bigint>();

  constructor(private readonly variableCount: number) {}

  /** Records one basic feasible solution: basic variables at rhs / coefficient, others 0. */
  add(vertex: readonly Row[]) {
    const values = new Map<number, [bigint, bigint]>();
    for (const row of vertex) {
      if (row.basic < this.variableCount)
        values.set(row.basic, [row.rhs, row.coefficients[row.basic]!]);
    }
    for (let v = 0; v < this.variableCount; v++) {
      const [n, d] = values.get(v) ?? [0n, 1n];
      const [ceil, floor] =
        d < 0n ? [ceilDiv(-n, -d), floorDiv(-n, -d)] : [ceilDiv(n, d), floorDiv(n, d)];
      const low = this.low.get(v);
      if (low === undefined || ceil < low) this.low.set(v, ceil);
      const high = this.high.get(v);
      if (high === undefined || floor > high) this.high.set(v, floor);
    }
  }

  range(variable: number): VariableRange {
    return {
      min: Number(this.low.get(variable) ?? 0n),
      max: Number(this.high.get(variable) ?? 0n),
    };
  }
}

/**
 * The integer range of each asked variable over all non-negative solutions of the
 * program. Bounds come from the LP relaxation, rounded inwards; integrality beyond that
 * (which only narrows ranges further) is not explored.
 *
 * `settled` saves solving: every vertex met along the way is a solution, so the values it
 * gives show part of each range before its own bounds are solved. When `settled` says
 * such a seen range already answers the caller's question, that range is returned for
 * the variable instead of its exact one. It is an inner bound (the exact range contains
 * it), so `settled` must be a question a wider range answers the same way, e.g. "is it
 * wider than k" or "is it not a single value".
 */
export function variableRanges(
  lp: LinearProgram,
  variables: readonly number[],
  settled: (variable: number, seen: VariableRange) => boolean = () => false,
): Map<number, VariableRange> {
  const ranges = new Map<number, VariableRange>();
  if (variables.length === 0) return ranges;
  const tableau = feasibleTableau(lp);
  const seen = new SeenValues(lp.variableCount);
  seen.add(tableau.rows);
  for (const variable of variables) {
    if (settled(variable, seen.range(variable))) {
      ranges.set(variable, seen.range(variable));
      continue;
    }
    const low = minimise(tableau, variable, 1n);
    if (low) seen.add(low.vertex);
    const min = Number(low?.bound ?? 0n);
    if (settled(variable, { ...seen.range(variable), min })) {
      ranges.set(variable, { ...seen.range(variable), min });
      continue;
    }
    const high = minimise(tableau, variable, -1n);
    if (high) seen.add(high.vertex);
    ranges.set(variable, { min, max: high === null ? Infinity : Number(-high.bound) });
  }
  return ranges;
}
