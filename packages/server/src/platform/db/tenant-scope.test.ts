import { describe, expect, it } from 'vitest';
import { PgDialect } from 'drizzle-orm/pg-core';
import { eq } from 'drizzle-orm';
import { cannedReplies, consultations, municipalities } from './schema/index.ts';
import { ofMunicipality, rawOfMunicipality } from './tenant-scope.ts';

const dialect = new PgDialect();
const render = (condition: Parameters<PgDialect['sqlToQuery']>[0]) => dialect.sqlToQuery(condition);

describe('ofMunicipality', () => {
  it('is the municipality condition alone when nothing else is asked', () => {
    const query = render(ofMunicipality(cannedReplies, 'm-1'));
    expect(query.sql).toBe('"canned_replies"."municipality_id" = $1');
    expect(query.params).toEqual(['m-1']);
  });

  it('joins further conditions to the municipality with and', () => {
    const query = render(ofMunicipality(cannedReplies, 'm-1', eq(cannedReplies.id, 'r-1')));
    expect(query.sql).toBe(
      '("canned_replies"."municipality_id" = $1 and "canned_replies"."id" = $2)',
    );
    expect(query.params).toEqual(['m-1', 'r-1']);
  });

  it('accepts only tables that carry a municipality id (the compiler checks it)', () => {
    const scopeTheTenantTable = () =>
      // @ts-expect-error municipalities is the tenant itself: it has no municipality_id column.
      ofMunicipality(municipalities, 'm-1');
    expect(scopeTheTenantTable).toBeTypeOf('function');
  });
});

describe('ofMunicipality in a join', () => {
  it('holds the joined table to the municipality of the row it joins from', () => {
    const query = render(
      ofMunicipality(cannedReplies, consultations.municipalityId, eq(cannedReplies.id, 'r-1')),
    );
    expect(query.sql).toBe(
      '("canned_replies"."municipality_id" = "consultations"."municipality_id" and "canned_replies"."id" = $1)',
    );
    expect(query.params).toEqual(['r-1']);
  });
});

describe('rawOfMunicipality', () => {
  it('names the alias as an identifier and passes the id as a parameter', () => {
    const query = render(rawOfMunicipality('c', 'm-1'));
    expect(query.sql).toBe('"c".municipality_id = $1');
    expect(query.params).toEqual(['m-1']);
  });
});
