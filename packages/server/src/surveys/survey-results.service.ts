import crypto from 'node:crypto';
import type { TSurveyQuestionResult, TSurveyResults } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { surveyRespondentsVisibleTo, type RespondentFilter } from '../policy/visibility.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { audienceKey, type Audience } from '../insights/disclosure/audience.ts';
import { groupFingerprint } from '../insights/disclosure/release-ledger.ts';
import type { LedgerMemberships } from '../insights/ledger-memberships.ts';
import { DatabaseReleaseLedger } from '../insights/release-ledger.repository.ts';
import {
  loadReleaseHistory,
  recordReleaseHistory,
} from '../insights/release-history.repository.ts';
import { minimumGroupSizeOf } from '../insights/statistics-audience.ts';
import {
  insertSurveyResultRelease,
  lastSurveyRelease,
  loadSurveyResponses,
  surveysOfMunicipality,
  type ScopedResponse,
  type SurveyRow,
} from './survey-results.repository.ts';
import { categoriesOf, planSurveyRelease, type SurveyReleasePlan } from './survey-release.ts';
import {
  auditReleaseHistory,
  type AuditedQuestion,
  type AuditedRelease,
} from '../insights/disclosure/history-audit.ts';
import { loadSurveyFor, questionsOf, scopeFor, targetsOf } from './survey-access.ts';

/**
 * The k a view is released under: never below what the survey promised its respondents
 * when it was created, and never below the municipality's k now (raising it applies at
 * once, to existing surveys too).
 */
async function effectiveK(db: Db, row: SurveyRow): Promise<number> {
  return Math.max(row.minimumGroupSize, await minimumGroupSizeOf(db, row.municipalityId));
}

/**
 * Plans a view of one survey for an audience against everything it received of that
 * survey, and when released records it (its respondents in the release ledger, the view
 * in the audience's history). Call inside a transaction holding the audience's lock.
 */
async function releaseSurveyView(
  tx: Db,
  ledger: DatabaseReleaseLedger,
  view: {
    row: SurveyRow;
    key: string;
    responses: readonly ScopedResponse[];
    allResponses: readonly ScopedResponse[];
    k: number;
    releaseId: string;
    now: Date;
  },
): Promise<SurveyReleasePlan> {
  const { row, key, k, releaseId, now } = view;
  const scope = { kind: 'survey' as const, surveyId: row.id };
  const history = await loadReleaseHistory(tx, ledger, {
    municipalityId: row.municipalityId,
    audienceKey: key,
    scope,
  });
  const plan = planSurveyRelease({
    surveyId: row.id,
    title: row.title,
    questions: questionsOf(row),
    responses: view.responses,
    allResponses: view.allResponses,
    k,
    history,
    releaseId,
    index: ledger.numberingFor(key),
  });
  if (plan.state !== 'released') return plan;
  const population = plan.release.population;
  await ledger.record(key, releaseId, [{ label: `${row.title}: 回答者`, persons: population }], k);
  await recordReleaseHistory(tx, {
    municipalityId: row.municipalityId,
    audienceKey: key,
    scope,
    release: plan.release,
    populationFingerprint: groupFingerprint(population),
    textsShown: plan.textsShown,
    now,
  });
  return plan;
}

/** The audience whose release ledger judges what these respondents' results disclose. */
function audienceOf({ municipalityId, organizationId }: RespondentFilter): Audience {
  return organizationId === null
    ? { kind: 'city', municipalityId }
    : { kind: 'employer', municipalityId, organizationId };
}

const inScope = (responses: readonly ScopedResponse[], organizationId: string | null) =>
  organizationId === null
    ? responses
    : responses.filter((r) => r.organizationId === organizationId);

/**
 * Results under disclosure control, judged with everything the audience received of this
 * survey (planSurveyRelease), in one transaction under a lock on the audience. When no
 * view can be released now, the last one is shown again if it was released under at
 * least today's k; otherwise nothing.
 */
export async function getSurveyResults(
  ctx: AppContext,
  { actor, surveyId }: { actor: Actor; surveyId: string },
): Promise<TSurveyResults> {
  const row = await loadSurveyFor(ctx, actor, surveyId);
  const respondents = surveyRespondentsVisibleTo(actor, scopeFor(actor, row));
  if (!respondents) throw new AppError('NOT_FOUND', { detail: 'survey.manage' });
  const { organizationId } = respondents;
  const audience = audienceOf(respondents);
  const key = audienceKey(audience);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const ledger = new DatabaseReleaseLedger(tx, row.municipalityId, now, ctx.ledgerMemberships);
    await ledger.lockAudience(key);
    const k = await effectiveK(tx, row);
    const base = {
      surveyId: row.id,
      title: row.title,
      minimumGroupSize: k,
      scope: organizationId === null ? ('municipality' as const) : ('organization' as const),
    };
    const allResponses = await loadSurveyResponses(tx, ctx.keyring, {
      municipalityId: row.municipalityId,
      surveyId: row.id,
    });
    const releaseId = crypto.randomUUID();
    const plan = await releaseSurveyView(tx, ledger, {
      row,
      key,
      responses: inScope(allResponses, organizationId),
      allResponses,
      k,
      releaseId,
      now,
    });
    if (plan.state !== 'released') {
      const previous = await lastSurveyRelease(tx, {
        municipalityId: row.municipalityId,
        survey: row,
        audienceKey: key,
      });
      // A view released under a smaller k than today's is not shown again.
      if (previous && previous.k >= k) {
        return {
          ...base,
          state: 'previous',
          releasedAt: previous.releasedAt.toISOString(),
          questions: previous.questions,
        };
      }
      return { ...base, state: 'tooFew', releasedAt: null, questions: [] };
    }
    await insertSurveyResultRelease(tx, {
      id: releaseId,
      municipalityId: row.municipalityId,
      surveyId: row.id,
      audienceKey: key,
      questions: plan.questions,
      releasedAt: now,
    });
    await recordAudit(
      tx,
      {
        action: 'survey.results_released',
        municipalityId: row.municipalityId,
        actor,
        target: { type: 'survey', id: row.id },
        detail: { audience: key, k },
      },
      now,
    );
    return { ...base, state: 'shown', releasedAt: now.toISOString(), questions: plan.questions };
  });
}

/** A survey's section of a report: its 1–5 questions and whom they counted. */
export interface ReportSurveySection {
  surveyId: string;
  title: string;
  k: number;
  questions: TSurveyQuestionResult[];
  /** The respondents counted (response ids), kept with the report for its publication. */
  respondents: string[];
  /** What the section publishes, as the history auditor reads it (1–5 questions only). */
  published: AuditedQuestion[];
}

/**
 * Survey sections of a report draft, read by city staff: each survey of the municipality
 * (targeting the organisation, for a workplace report) over its respondents in scope,
 * released to the city audience like a results page. A survey whose view cannot be
 * released now (too few, or it would narrow down a small group) is left out.
 */
export async function releaseSurveysForReport(
  tx: Db,
  keyring: AppContext['keyring'],
  {
    municipalityId,
    organizationId,
    now,
    memberships,
  }: {
    municipalityId: string;
    organizationId: string | null;
    now: Date;
    /** The context's groups in memory (AppContext.ledgerMemberships). */
    memberships: LedgerMemberships;
  },
): Promise<ReportSurveySection[]> {
  const key = audienceKey({ kind: 'city', municipalityId });
  const ledger = new DatabaseReleaseLedger(tx, municipalityId, now, memberships);
  await ledger.lockAudience(key);
  const sections: ReportSurveySection[] = [];
  for (const row of await surveysOfMunicipality(tx, municipalityId)) {
    if (organizationId !== null && !targetsOf(row).includes(organizationId)) continue;
    const allResponses = await loadSurveyResponses(tx, keyring, {
      municipalityId,
      surveyId: row.id,
    });
    const k = await effectiveK(tx, row);
    const plan = await releaseSurveyView(tx, ledger, {
      row,
      key,
      responses: inScope(allResponses, organizationId),
      allResponses,
      k,
      releaseId: crypto.randomUUID(),
      now,
    });
    if (plan.state !== 'released') continue;
    sections.push({
      surveyId: row.id,
      title: row.title,
      k,
      questions: plan.questions.filter((q) => q.kind === 'likert'),
      respondents: [...plan.release.population],
      published: plan.release.questions.filter((q) => q.coverage === 'one'),
    });
  }
  return sections;
}

/**
 * Releases a report's survey sections, exactly as approved, to the audience it is
 * published to (the city, or the employer of a workplace report), judged with everything
 * that audience received of each survey. False when any section would narrow down a small
 * group: approved figures cannot change at publication, so the caller refuses it.
 */
export async function releaseReportSurveys(
  tx: Db,
  keyring: AppContext['keyring'],
  {
    municipalityId,
    audience,
    sections,
    now,
    memberships,
  }: {
    municipalityId: string;
    audience: Audience;
    sections: readonly ReportSurveySection[];
    now: Date;
    /** The context's groups in memory (AppContext.ledgerMemberships). */
    memberships: LedgerMemberships;
  },
): Promise<boolean> {
  const key = audienceKey(audience);
  const ledger = new DatabaseReleaseLedger(tx, municipalityId, now, memberships);
  await ledger.lockAudience(key);
  const rows = new Map((await surveysOfMunicipality(tx, municipalityId)).map((r) => [r.id, r]));
  for (const section of sections) {
    const row = rows.get(section.surveyId);
    if (!row) return false;
    const scope = { kind: 'survey' as const, surveyId: row.id };
    const history = await loadReleaseHistory(tx, ledger, {
      municipalityId,
      audienceKey: key,
      scope,
    });
    const allResponses = await loadSurveyResponses(tx, keyring, {
      municipalityId,
      surveyId: row.id,
    });
    const population = new Set(section.respondents);
    const release: AuditedRelease = {
      id: crypto.randomUUID(),
      k: Math.max(section.k, await effectiveK(tx, row)),
      population,
      total: population.size,
      questions: section.published,
    };
    const { exposed } = auditReleaseHistory({
      candidate: release,
      history: history.map((h) => h.release),
      categoryOf: categoriesOf(row.id, questionsOf(row), allResponses),
      index: ledger.numberingFor(key),
    });
    if (exposed.length > 0) return false;
    await ledger.record(
      key,
      release.id,
      [{ label: `${row.title}: 回答者`, persons: population }],
      release.k,
    );
    await recordReleaseHistory(tx, {
      municipalityId,
      audienceKey: key,
      scope,
      release,
      populationFingerprint: groupFingerprint(population),
      now,
    });
  }
  return true;
}
