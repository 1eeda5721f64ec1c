import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  contractStepAfter,
  destructiveStatements,
  parsePreviousRelease,
} from './migration-safety.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const drizzleDir = path.join(repoRoot, 'packages/server/drizzle');

describe('the expand/contract rule', () => {
  it('finds what would break the previous release, and nothing in comments or function bodies', () => {
    const bad = [
      'ALTER TABLE "users" DROP COLUMN "nickname";',
      'DROP TABLE "calls";',
      'ALTER TABLE "events" RENAME COLUMN "title" TO "name";',
      'ALTER TABLE "events" RENAME TO "happenings";',
      'ALTER TABLE "events" ALTER COLUMN "title" SET NOT NULL;',
      'ALTER TABLE "events" ALTER COLUMN "capacity" TYPE bigint;',
      'ALTER TABLE "events" ADD COLUMN "venue" text NOT NULL;',
      'DROP TRIGGER "t" ON "x";',
      'TRUNCATE "sessions";',
    ];
    for (const statement of bad)
      expect(destructiveStatements(statement), statement).toHaveLength(1);
    const fine = [
      'CREATE TABLE "a" ("id" uuid PRIMARY KEY NOT NULL);',
      'ALTER TABLE "events" ADD COLUMN "venue" text;',
      'ALTER TABLE "events" ADD COLUMN "kind" text DEFAULT \'x\' NOT NULL;',
      '-- we never DROP COLUMN here\nCREATE INDEX "i" ON "a" ("id");',
      'CREATE OR REPLACE FUNCTION f() RETURNS trigger AS $$ BEGIN DROP TABLE x; END; $$ LANGUAGE plpgsql;',
    ];
    for (const statement of fine) expect(destructiveStatements(statement), statement).toEqual([]);
    expect(contractStepAfter('-- contract: safe after 2254bc9\nDROP TABLE "x";')).toBe('2254bc9');
    expect(contractStepAfter('DROP TABLE "x";')).toBeNull();
  });

  it('holds for every migration after the previous release, unless marked as a contract step', () => {
    const previous = parsePreviousRelease(
      fs.readFileSync(path.join(repoRoot, 'deploy/previous-release'), 'utf8'),
    );
    const journal = JSON.parse(
      fs.readFileSync(path.join(drizzleDir, 'meta/_journal.json'), 'utf8'),
    ) as { entries: { tag: string }[] };
    const tags = journal.entries.map((entry) => entry.tag);
    const from = tags.indexOf(previous.lastMigration);
    expect(from, `${previous.lastMigration} is in the journal`).toBeGreaterThanOrEqual(0);
    const problems: string[] = [];
    for (const tag of tags.slice(from + 1)) {
      const migration = fs.readFileSync(path.join(drizzleDir, `${tag}.sql`), 'utf8');
      if (contractStepAfter(migration)) continue;
      for (const { what, statement } of destructiveStatements(migration)) {
        problems.push(`${tag}: ${what}: ${statement.slice(0, 120)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
