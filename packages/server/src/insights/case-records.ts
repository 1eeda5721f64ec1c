import { ageBandOf, type TCaseCoding, japanMonthOf, japanTimeOf } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { openIdentity } from '../auth/identity-seal.ts';
import type { Db } from '../platform/db/database.ts';
import type { ConsultationRow } from '../consultations/consultations.repository.ts';
import { timeBandAt } from '../sla/time-band.ts';
import { casePseudonym, personPseudonym } from './pseudonyms.ts';
import {
  findEmployerProfile,
  findSealedIdentities,
  insertCaseRecord,
  setSatisfaction,
} from './case-records.repository.ts';

/**
 * Writes the anonymous case record of a consultation that closes, inside the closing
 * transaction. Contact time is that of the first contact (when the person reached out),
 * kept as weekday, hour and time band in Japan time; the month is the month of closing,
 * so a month's records are final once the month is over and releases stay comparable.
 * The age band is that of the year the person gave as their birth year (if they did), in
 * the year of closing; the year itself never reaches the record.
 */
export async function writeCaseRecord(
  ctx: AppContext,
  tx: Db,
  {
    consultation,
    coding,
    summary,
    closedAt,
  }: {
    consultation: ConsultationRow;
    coding: TCaseCoding;
    summary: string | null;
    closedAt: Date;
  },
) {
  const employer = consultation.organizationId
    ? await findEmployerProfile(tx, consultation.municipalityId, consultation.organizationId)
    : null;
  const [person] = await findSealedIdentities(tx, consultation.municipalityId, [
    consultation.personUserId,
  ]);
  const contact = japanTimeOf(consultation.createdAt);
  const closed = japanTimeOf(closedAt);
  const birthYear = person ? openIdentity(ctx, person).birthYear : null;
  await insertCaseRecord(tx, consultation.municipalityId, {
    personKey: personPseudonym(ctx, consultation.personUserId),
    caseKey: casePseudonym(ctx, consultation.id),
    organizationId: consultation.organizationId,
    industry: employer?.industry ?? null,
    sizeBand: employer?.sizeBand ?? null,
    ageBand: birthYear === null ? null : ageBandOf(birthYear, closed.year),
    month: `${japanMonthOf(closedAt)}-01`,
    contactWeekday: contact.weekday,
    contactHour: Math.floor(contact.minutesOfDay / 60),
    timeBand: timeBandAt(consultation.createdAt),
    channel: consultation.preference,
    topics: coding.topics,
    lifeEvents: coding.lifeEvents,
    severity: coding.severity,
    outcome: coding.outcome,
    referralTypes: coding.referrals,
    summary,
  });
}

/** The person's rating reaches the anonymous record through the case pseudonym only. */
export async function recordSatisfaction(
  ctx: AppContext,
  tx: Db,
  {
    municipalityId,
    consultationId,
    score,
  }: { municipalityId: string; consultationId: string; score: number },
) {
  await setSatisfaction(tx, municipalityId, casePseudonym(ctx, consultationId), score);
}
