import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from './tenancy.ts';
import { users } from './identity.ts';
import type { TMessageAttachment } from '@yorisoi/shared';
import { createdAt, municipalityKey, tenantRow } from './columns.ts';

/**
 * A consultation of one person (worker or family member) with the care team.
 * `last_seq` is the consultation's message counter: every send bumps it in the same
 * transaction as the insert, which also serializes concurrent senders.
 * `organization_id` is kept for anonymous statistics only and is never shown.
 */
export const consultations = pgTable(
  'consultations',
  {
    ...tenantRow(),
    personUserId: uuid('person_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').references(() => organizations.id),
    status: text('status').notNull().default('queued'),
    topics: text('topics').array().notNull(),
    preference: text('preference').notNull().default('chat'),
    urgency: integer('urgency').notNull().default(0),
    /** The person's choice to return to the coordinator they saw before, when on duty. */
    prefersSameCoordinator: boolean('prefers_same_coordinator').notNull().default(true),
    /** Chosen by the person after closing: route their next consultation to this coordinator. */
    nextTimeSameCoordinator: boolean('next_time_same_coordinator').notNull().default(true),
    assignedCoordinatorId: uuid('assigned_coordinator_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    lastSeq: bigint('last_seq', { mode: 'number' }).notNull().default(0),
    createdAt: createdAt(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    index('consultations_person_idx').on(t.municipalityId, t.personUserId, t.createdAt),
    index('consultations_queue_idx').on(t.municipalityId, t.status, t.urgency, t.createdAt),
    index('consultations_assignee_idx').on(t.assignedCoordinatorId),
  ],
);

/**
 * The message log: the database, not any transport, is what makes a message durable.
 * Bodies are sealed (AES-256-GCM) with the consultation and client id as context.
 * `sender_user_id` has no foreign key: a message outlives a staff account.
 */
export const consultationMessages = pgTable(
  'consultation_messages',
  {
    ...tenantRow(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    clientMsgId: uuid('client_msg_id').notNull(),
    senderUserId: uuid('sender_user_id').notNull(),
    senderRole: text('sender_role').notNull(),
    /** text: written by a party; call: the entry a call leaves, its summary sealed as the body. */
    kind: text('kind').notNull().default('text'),
    bodySealed: text('body_sealed').notNull(),
    /** Type, size and pixel size of the message's files (see consultation_attachments). */
    attachments: jsonb('attachments').$type<TMessageAttachment[]>().notNull().default([]),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('consultation_messages_seq_key').on(t.consultationId, t.seq),
    uniqueIndex('consultation_messages_client_msg_id_key').on(t.consultationId, t.clientMsgId),
  ],
);

/** How far each participant has received and read a consultation. */
export const consultationReceipts = pgTable(
  'consultation_receipts',
  {
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    municipalityId: municipalityKey(),
    readerRole: text('reader_role').notNull(),
    deliveredSeq: bigint('delivered_seq', { mode: 'number' }).notNull().default(0),
    readSeq: bigint('read_seq', { mode: 'number' }).notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.userId] })],
);
