/**
 * A small dense simplex in exact integer arithmetic, for the attacker's question "how
 * small and how large can this hidden count be, given everything published?". Rounding
 * could turn a width of k − ε into k; exact arithmetic cannot. The integers are doubles,
 * exact up to 2^53, and every product and sum is checked to stay there: tables give 0/±1
 * coefficients and counts, whose fraction-free pivots stay tiny (BigInt, used before,
 * cost twenty times as much for the same exact results). Should a program ever leave
 * that range, PrecisionExceededError says so rather than answer inexactly.
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

export class PrecisionExceededError extends Error {
  override name = 'PrecisionExceededError';
}

/** Every intermediate integer passes here: beyond 2^53 − 1 doubles stop being exact. */
function exact(value: number): number {
  if (value > Number.MAX_SAFE_INTEGER || value < -Number.MAX_SAFE_INTEGER) {
    throw new PrecisionExceededError('an intermediate value left the exact integer range');
  }
  return value;
}

interface Row {
  coefficients: Float64Array;
  rhs: number;
  basic: number;
}

/** scale · objective(y) = Σ reduced[j]·y[j] + constant, with scale > 0. */
interface ObjectiveRow {
  reduced: Float64Array;
  constant: number;
  scale: number;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** Integer division is exact here: the gcd divides every entry. */
function reduceRow(row: Row): void {
  let g = Math.abs(row.rhs);
  for (const c of row.coefficients) {
    if (c === 0) continue;
    g = gcd(g, c);
    // Usual: a 1 settles it, and nothing is divided.
    if (g === 1) return;
  }
  if (g <= 1) return;
  row.rhs /= g;
  const coefficients = row.coefficients;
  for (let j = 0; j < coefficients.length; j++) coefficients[j]! /= g;
}

function reduceObjective(z: ObjectiveRow): void {
  let g = gcd(z.scale, z.constant);
  for (const c of z.reduced) {
    if (c === 0) continue;
    g = gcd(g, c);
    if (g === 1) return;
  }
  if (g <= 1) return;
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
  if (r === 0) return;
  if (unitColumns) {
    for (const j of unitColumns) {
      z.reduced[j] = exact(z.reduced[j]! - exact(r * row.coefficients[j]!));
    }
    z.constant = exact(z.constant + exact(r * row.rhs));
    return;
  }
  for (let j = 0; j < z.reduced.length; j++) {
    z.reduced[j] = exact(exact(p * z.reduced[j]!) - exact(r * row.coefficients[j]!));
  }
  z.constant = exact(exact(p * z.constant) + exact(r * row.rhs));
  z.scale = exact(p * z.scale);
  reduceObjective(z);
}

function pivot(rows: Row[], z: ObjectiveRow, pivotRow: number, col: number): void {
  const prow = rows[pivotRow]!;
  const p = prow.coefficients[col]!;
  // Table constraints are sparse 0/±1 rows: with a unit pivot nothing is scaled, and only
  // the pivot row's non-zero columns change the others.
  const nonZero: number[] = [];
  const pivotCoefficients = prow.coefficients;
  for (let j = 0; j < pivotCoefficients.length; j++) {
    if (pivotCoefficients[j] !== 0) nonZero.push(j);
  }
  for (let i = 0; i < rows.length; i++) {
    if (i === pivotRow) continue;
    const row = rows[i]!;
    const a = row.coefficients[col]!;
    if (a === 0) continue;
    const coefficients = row.coefficients;
    if (p === 1) {
      for (const j of nonZero) {
        coefficients[j] = exact(coefficients[j]! - exact(a * prow.coefficients[j]!));
      }
      row.rhs = exact(row.rhs - exact(a * prow.rhs));
      continue;
    }
    for (let j = 0; j < coefficients.length; j++) {
      const pj = prow.coefficients[j]!;
      if (pj !== 0) coefficients[j] = exact(exact(p * coefficients[j]!) - exact(a * pj));
      else if (coefficients[j] !== 0) coefficients[j] = exact(p * coefficients[j]!);
    }
    row.rhs = exact(exact(p * row.rhs) - exact(a * prow.rhs));
    reduceRow(row);
  }
  eliminateFromObjective(z, prow, col, p === 1 ? nonZero : null);
  prow.basic = col;
  if (p !== 1) reduceRow(prow);
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
      if (r >= 0) continue;
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
      if (a <= 0) continue;
      if (leaving < 0) {
        leaving = i;
        continue;
      }
      const best = rows[leaving]!;
      const lhs = exact(rows[i]!.rhs * best.coefficients[entering]!);
      const rhs = exact(best.rhs * a);
      if (lhs < rhs || (lhs === rhs && rows[i]!.basic < best.basic)) leaving = i;
    }
    if (leaving < 0) return false;
    // The objective moves only when the leaving row's value is positive.
    degenerateRun = rows[leaving]!.rhs === 0 ? degenerateRun + 1 : 0;
    pivot(rows, z, leaving, entering);
  }
}

function objectiveRow(costs: Float64Array, rows: Row[]): ObjectiveRow {
  const z: ObjectiveRow = { reduced: costs, constant: 0, scale: 1 };
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
    if (!Number.isInteger(constraint.rhs)) throw new RangeError('rhs must be an integer');
    const coefficients = new Float64Array(width);
    for (const [variable, coefficient] of constraint.terms) {
      if (!Number.isInteger(coefficient)) throw new RangeError('coefficients must be integers');
      coefficients[variable] = exact(coefficients[variable]! + coefficient);
    }
    let rhs = exact(constraint.rhs);
    let basic = -1;
    if (constraint.relation === '<=') {
      coefficients[slack] = 1;
      if (!needsArtificial[index]) basic = slack;
      slack++;
    }
    if (rhs < 0) {
      rhs = -rhs;
      for (let j = 0; j < width; j++) coefficients[j] = -coefficients[j]!;
    }
    if (needsArtificial[index]) {
      coefficients[artificial] = 1;
      basic = artificial++;
    }
    rows.push({ coefficients, rhs, basic });
  });

  const firstArtificial = n + slackCount;
  const phaseOne = objectiveRow(new Float64Array(width).fill(1, firstArtificial), rows);
  iterate(rows, phaseOne, width);
  if (phaseOne.constant !== 0)
    throw new InfeasibleProgramError('no solution satisfies the constraints');

  // Drive artificials still basic (at zero) out of the basis; a row with no other column is redundant.
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]!;
    if (row.basic < firstArtificial) continue;
    const col = row.coefficients.findIndex((c, j) => j < firstArtificial && c !== 0);
    if (col < 0) {
      rows.splice(i, 1);
      continue;
    }
    if (row.coefficients[col]! < 0) {
      for (let j = 0; j < width; j++) row.coefficients[j] = -row.coefficients[j]!;
    }
    pivot(rows, { reduced: new Float64Array(width), constant: 0, scale: 1 }, i, col);
  }
  // A view without the artificial columns: nothing is copied.
  for (const row of rows) row.coefficients = row.coefficients.subarray(0, firstArtificial);
  return { rows, columnCount: firstArtificial };
}

/** ⌈n / d⌉ for d > 0, exactly: the remainder is exact and so is the division after it. */
function ceilDiv(n: number, d: number): number {
  const remainder = n % d;
  const q = (n - remainder) / d;
  return remainder !== 0 && n > 0 ? q + 1 : q;
}

/**
 * Minimum of Σ costs[j]·y[j] over the feasible set: its ceiling, and the optimal vertex
 * (read it before the next objective). Pivots from wherever the previous objective left
 * the tableau: any feasible basis is a valid start, the optimum of a neighbouring question
 * is usually a few pivots away, and nothing is copied.
 */
function minimise(
  tableau: FeasibleTableau,
  costs: Float64Array,
): { bound: number; vertex: readonly Row[] } | null {
  const z = objectiveRow(costs, tableau.rows);
  if (!iterate(tableau.rows, z, tableau.columnCount)) return null;
  return { bound: ceilDiv(z.constant, z.scale), vertex: tableau.rows };
}

/** The objective ±y[variable]. */
function single(tableau: FeasibleTableau, variable: number, sign: 1 | -1): Float64Array {
  const costs = new Float64Array(tableau.columnCount);
  costs[variable] = sign;
  return costs;
}

// `0 −` rather than unary minus: no −0 leaks into the ranges.
const floorDiv = (n: number, d: number) => 0 - ceilDiv(-n, d);

/**
 * Integer bounds seen so far in feasible solutions (vertices): the true range contains
 * [seen.min, seen.max], since the minimum is at most, and the maximum at least, any value
 * some solution takes.
 */
class SeenValues {
  /** Smallest ceiling and largest floor seen per variable; ±Infinity before any. */
  private readonly low: Float64Array;
  private readonly high: Float64Array;

  private readonly variableCount: number;

  constructor(variableCount: number) {
    this.variableCount = variableCount;
    this.low = new Float64Array(variableCount).fill(Infinity);
    this.high = new Float64Array(variableCount).fill(-Infinity);
  }

  /** Records one basic feasible solution: basic variables at rhs / coefficient, others 0. */
  add(vertex: readonly Row[]) {
    const basicRow = new Int32Array(this.variableCount).fill(-1);
    vertex.forEach((row, i) => {
      if (row.basic < this.variableCount) basicRow[row.basic] = i;
    });
    for (let v = 0; v < this.variableCount; v++) {
      const row = basicRow[v]! < 0 ? null : vertex[basicRow[v]!]!;
      let [n, d] = row === null ? [0, 1] : [row.rhs, row.coefficients[v]!];
      if (d < 0) [n, d] = [-n, -d];
      const ceil = ceilDiv(n, d);
      const floor = floorDiv(n, d);
      if (ceil < this.low[v]!) this.low[v] = ceil;
      if (floor > this.high[v]!) this.high[v] = floor;
    }
  }

  range(variable: number): VariableRange {
    const [low, high] = [this.low[variable]!, this.high[variable]!];
    return { min: low === Infinity ? 0 : low, max: high === -Infinity ? 0 : high };
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
  settled: Settled = () => false,
): Map<number, VariableRange> {
  const finder = rangeFinder(lp);
  return new Map(variables.map((variable) => [variable, finder.range(variable, settled)]));
}

/** Whether a range seen so far already answers the caller's question (see variableRanges). */
export type Settled = (variable: number, seen: VariableRange) => boolean;

/** One program's variables, asked about one at a time (see rangeFinder). */
export interface RangeFinder {
  /** One variable's range, with its own question (see variableRanges). */
  range(variable: number, settled?: Settled): VariableRange;
  /**
   * Meets the solution where the given variables are together as large as they can be:
   * one solve that shows most of them can move, before any is asked about.
   */
  explore(variables: readonly number[]): void;
}

/**
 * Ranges of one program's variables asked one by one, possibly with different questions:
 * the feasible basis is found once (on the first question, so a program nobody asks about
 * is never solved), every vertex met serves all later questions, and a bound solved
 * exactly is never solved again.
 */
export function rangeFinder(lp: LinearProgram): RangeFinder {
  let solved: { tableau: FeasibleTableau; seen: SeenValues } | null = null;
  const start = () => {
    if (solved === null) {
      const tableau = feasibleTableau(lp);
      const seen = new SeenValues(lp.variableCount);
      seen.add(tableau.rows);
      solved = { tableau, seen };
    }
    return solved;
  };
  const exactMin = new Map<number, number>();
  const exactMax = new Map<number, number>();
  return {
    range(variable, settled = () => false) {
      const { tableau, seen } = start();
      let min = exactMin.get(variable);
      let max = exactMax.get(variable);
      // Exact bounds where solved, else those seen: an inner range either way.
      const current = () => ({
        min: min ?? seen.range(variable).min,
        max: max ?? seen.range(variable).max,
      });
      if (settled(variable, current())) return current();
      if (min === undefined) {
        const low = minimise(tableau, single(tableau, variable, 1));
        if (low) seen.add(low.vertex);
        min = low?.bound ?? 0;
        exactMin.set(variable, min);
        if (settled(variable, current())) return current();
      }
      if (max === undefined) {
        const high = minimise(tableau, single(tableau, variable, -1));
        if (high) seen.add(high.vertex);
        max = high === null ? Infinity : 0 - high.bound;
        exactMax.set(variable, max);
      }
      return { min, max };
    },
    explore(variables) {
      if (variables.length === 0) return;
      const { tableau, seen } = start();
      const costs = new Float64Array(tableau.columnCount);
      for (const variable of variables) costs[variable] = -1;
      const vertex = minimise(tableau, costs)?.vertex;
      if (vertex) seen.add(vertex);
    },
  };
}
