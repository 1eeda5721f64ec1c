import { timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from './tenancy.ts';

/** The municipality a row belongs to: every tenant's table has it, never null. */
export const municipalityKey = () =>
  uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id);

/** A tenant's row: its own random id and its municipality, in that column order. */
export const tenantRow = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  municipalityId: municipalityKey(),
});

/** When the row was written. */
export const createdAt = () =>
  timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
