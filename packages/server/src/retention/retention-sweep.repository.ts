import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../platform/db/database.ts';
import { rawOfMunicipality } from '../platform/db/tenant-scope.ts';

/*
 * The retention sweep's erasures. Each takes one municipality and the instant (or Japan
 * calendar day or month) before which that kind of record has expired, erases at most
 * `limit` of them and returns how many it erased. Deleting a consultation takes its
 * messages, notes, attachments, codings, calls and the rest with it (ON DELETE CASCADE);
 * a consultation under a legal hold is never chosen.
 */

async function countDeleted(db: Db, query: ReturnType<typeof sql>): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`with gone as (${query} returning 1) select count(*)::int as n from gone`,
  );
  return rows[0]?.n ?? 0;
}

const notHeld = sql`not exists (select 1 from consultation_legal_holds h where h.consultation_id = c.id)`;

export function eraseExpiredConsultations(
  db: Db,
  municipalityId: string,
  { before, limit }: { before: Date; limit: number },
): Promise<number> {
  return countDeleted(
    db,
    sql`delete from consultations where id in (
      select c.id from consultations c
      where ${rawOfMunicipality('c', municipalityId)} and c.status = 'closed'
        and c.closed_at < ${before.toISOString()}::timestamptz and ${notHeld}
      limit ${limit})`,
  );
}

/** Attachments of closed consultations (not held) past their own period; the message stays. */
export function eraseExpiredAttachments(
  db: Db,
  municipalityId: string,
  { before, limit }: { before: Date; limit: number },
): Promise<number> {
  return countDeleted(
    db,
    sql`delete from consultation_attachments where id in (
      select a.id from consultation_attachments a join consultations c on c.id = a.consultation_id
      where ${rawOfMunicipality('a', municipalityId)} and ${rawOfMunicipality('c', municipalityId)}
        and c.status = 'closed' and c.closed_at < ${before.toISOString()}::timestamptz and ${notHeld}
      limit ${limit})`,
  );
}

/**
 * Anonymous case records of months before `beforeMonth` (YYYY-MM-01). Their trigger
 * raises the month's data version, so no cached table counting them is shown again; the
 * release ledger keeps what was released, against which later tables are still checked.
 */
export function eraseExpiredCaseRecords(
  db: Db,
  municipalityId: string,
  { beforeMonth, limit }: { beforeMonth: string; limit: number },
): Promise<number> {
  return countDeleted(
    db,
    sql`delete from case_records where id in (
      select r.id from case_records r
      where ${rawOfMunicipality('r', municipalityId)} and r.month < ${beforeMonth}
      limit ${limit})`,
  );
}

/**
 * Answers (and "has answered" tags) of surveys that closed before `beforeDay` (a Japan
 * calendar day); the survey and the figures already released stay.
 */
export async function eraseExpiredSurveyAnswers(
  db: Db,
  municipalityId: string,
  { beforeDay, limit }: { beforeDay: string; limit: number },
): Promise<number> {
  const closedSurveys = sql`select s.id from surveys s
    where ${rawOfMunicipality('s', municipalityId)} and s.closes_on < ${beforeDay}`;
  await db.execute(
    sql`delete from survey_respondents t
      where ${rawOfMunicipality('t', municipalityId)} and t.survey_id in (${closedSurveys})`,
  );
  return countDeleted(
    db,
    sql`delete from survey_responses where id in (
      select r.id from survey_responses r
      where ${rawOfMunicipality('r', municipalityId)} and r.survey_id in (${closedSurveys})
      limit ${limit})`,
  );
}

/** Registrations of events that ended before `before`; the event and its page stay. */
export function eraseExpiredEventRegistrations(
  db: Db,
  municipalityId: string,
  { before, limit }: { before: Date; limit: number },
): Promise<number> {
  return countDeleted(
    db,
    sql`delete from event_registrations where id in (
      select g.id from event_registrations g join events e on e.id = g.event_id
      where ${rawOfMunicipality('g', municipalityId)} and ${rawOfMunicipality('e', municipalityId)}
        and e.ends_at < ${before.toISOString()}::timestamptz
      limit ${limit})`,
  );
}

/**
 * A programme's records of people: hearings held before `beforeDay`, and introductions
 * untouched since `before` (their 1- and 6-month follow-ups long done).
 */
export async function eraseExpiredWorkRecords(
  db: Db,
  municipalityId: string,
  { before, beforeDay, limit }: { before: Date; beforeDay: string; limit: number },
): Promise<number> {
  const hearings = await countDeleted(
    db,
    sql`delete from work_hearings where id in (
      select w.id from work_hearings w
      where ${rawOfMunicipality('w', municipalityId)} and w.held_on < ${beforeDay}::date
      limit ${limit})`,
  );
  const introductions = await countDeleted(
    db,
    sql`delete from work_introductions where id in (
      select w.id from work_introductions w
      where ${rawOfMunicipality('w', municipalityId)}
        and w.updated_at < ${before.toISOString()}::timestamptz
      limit ${limit})`,
  );
  return hearings + introductions;
}

/** Every municipality's id: the sweep goes through each with its own settings. */
export async function listMunicipalityIdsForSweep(db: Db): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(db, sql`select id from municipalities order by id`);
  return rows.map((row) => row.id);
}

/*
 * The audit chain is one for the installation (each entry names its municipality), so
 * its erasure is not scoped by one: it erases a prefix of the chain, each entry of which
 * has expired under its own municipality's setting.
 */

/**
 * The oldest entries of the chain in order, each with whether it has expired: older than
 * its municipality's audit-log period (or `defaultMonths` without a setting or a
 * municipality) before `now`.
 */
export async function oldestAuditEntries(
  db: Db,
  { now, defaultMonths, limit }: { now: Date; defaultMonths: number; limit: number },
): Promise<{ seq: number; hash: string; expired: boolean }[]> {
  const rows = await queryRows<{ seq: string | number; hash: string; expired: boolean }>(
    db,
    sql`select a.seq, a.hash,
        a.at < ${now.toISOString()}::timestamptz
          - make_interval(months => coalesce(r.months, ${defaultMonths}::int)) as expired
      from audit_log a
      left join retention_settings r
        on r.municipality_id = a.municipality_id and r.kind = 'audit_log'
      order by a.seq limit ${limit}`,
  );
  return rows.map((row) => ({ seq: Number(row.seq), hash: row.hash, expired: row.expired }));
}

/**
 * Writes the checkpoint, then erases the entries up to it: the log's trigger lets only
 * entries a checkpoint covers go. Run under the chain's lock.
 */
export async function eraseAuditPrefix(
  db: Db,
  {
    throughSeq,
    hash,
    erased,
    now,
  }: { throughSeq: number; hash: string; erased: number; now: Date },
): Promise<number> {
  await db.execute(
    sql`insert into audit_checkpoints (through_seq, hash, erased, at)
      values (${throughSeq}, ${hash}, ${erased}, ${now.toISOString()}::timestamptz)`,
  );
  return countDeleted(db, sql`delete from audit_log where seq <= ${throughSeq}`);
}
