/**
 * Expand and contract (issue 21): during a rolling upgrade the previous release's server
 * runs against the new schema, so a migration after that release may add (tables,
 * nullable columns, columns with defaults, indexes) but must not take away or rename what
 * the previous release reads or writes. A statement that would is allowed only in a
 * migration marked as a contract step, with a comment naming the release after which it
 * is safe: `-- contract: safe after <release>`.
 */

const destructive: { pattern: RegExp; what: string }[] = [
  { pattern: /\bdrop\s+(table|column|view|materialized\s+view|type|schema)\b/i, what: 'DROP' },
  { pattern: /\bdrop\s+(function|trigger)\b/i, what: 'DROP FUNCTION/TRIGGER' },
  { pattern: /\brename\b/i, what: 'RENAME' },
  { pattern: /\bset\s+not\s+null\b/i, what: 'SET NOT NULL' },
  { pattern: /\balter\s+column\s+"?\w+"?\s+(set\s+data\s+)?type\b/i, what: 'ALTER COLUMN TYPE' },
  { pattern: /\btruncate\b/i, what: 'TRUNCATE' },
];

/** `ADD COLUMN … NOT NULL` without a DEFAULT: the previous release's inserts would fail. */
const notNullWithoutDefault = /\badd\s+column\b(?![^;]*\bdefault\b)[^;]*\bnot\s+null\b/i;

const contractMarker = /^--\s*contract:\s*safe after\s+(\S.*)$/im;

/** The SQL without its comments, statement by statement. */
function statementsOf(migrationSql: string): string[] {
  const withoutComments = migrationSql
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/--[^\n]*/g, ' ')
    // A function body is code, not schema: its words are not statements.
    .replace(/\$\$[\s\S]*?\$\$/g, ' ');
  return withoutComments
    .split(/;|--> statement-breakpoint/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);
}

/** The statements of a migration that would break the previous release, with why. */
export function destructiveStatements(migrationSql: string): { statement: string; what: string }[] {
  const found: { statement: string; what: string }[] = [];
  for (const statement of statementsOf(migrationSql)) {
    const hit = destructive.find((rule) => rule.pattern.test(statement));
    if (hit) found.push({ statement, what: hit.what });
    else if (notNullWithoutDefault.test(statement)) {
      found.push({ statement, what: 'ADD COLUMN NOT NULL without DEFAULT' });
    }
  }
  return found;
}

/** The release a contract step names, or null when the migration is not marked as one. */
export function contractStepAfter(migrationSql: string): string | null {
  return contractMarker.exec(migrationSql)?.[1]?.trim() ?? null;
}

/** The previous release as deploy/previous-release records it. */
export function parsePreviousRelease(text: string): { commit: string; lastMigration: string } {
  const field = (name: string) =>
    new RegExp(`^${name}\\s+(\\S+)\\s*$`, 'm').exec(text)?.[1] ?? null;
  const commit = field('commit');
  const lastMigration = field('last-migration');
  if (!commit || !/^[0-9a-f]{40}$/.test(commit) || !lastMigration) {
    throw new Error(
      'deploy/previous-release needs a "commit <40 hex>" and a "last-migration <tag>" line',
    );
  }
  return { commit, lastMigration };
}
