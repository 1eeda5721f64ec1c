/**
 * The matching use-cases of Back to work, both ways round, and team proposals: the
 * database narrows candidates by the hard requirements (matching.repository.ts), the one
 * pure rule (`scoreMatch` in shared) ranks them and says why.
 */
import {
  byScoreThenId,
  japanMonthOf,
  pathsFitting,
  proposeTeamFrom,
  rankMatches,
  scoreMatch,
  withStaffShortage,
  type MatchOpening,
  type Ranked,
  type TMatchSuggestion,
  type TTeamProposal,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import {
  candidateOpeningsFor,
  candidatePeopleByBound,
  candidatePeopleFor,
  findOpeningForMatching,
  type OpeningMatchRow,
  findProfileForMatching,
} from './matching.repository.ts';
import { matchOpeningOf, matchPersonOf } from './match-inputs.ts';
import { programmeScope } from './work-profiles.service.ts';
import { firstDayOf } from '../childcare/childcare-months.ts';
import { staffShortByFacility } from '../job-centre/job-centre.repository.ts';

export const maxSuggestions = 100;
/** Any two members of a team can meet at least this long in a week (a weekly meeting). */
export const teamMeetingHours = 1;

interface Scope {
  /** Staff asking; none for the system itself (benchmarks, later sweeps). */
  actor?: Actor | null;
  municipalityId: string;
}

/** Staff of the programme the row belongs to (or the city), checked once the row is found. */
async function authorizeFor(
  ctx: AppContext,
  actor: Actor,
  municipalityId: string,
  programmeId: string,
) {
  authorize(actor, 'work.manage', await programmeScope(ctx.db, municipalityId, programmeId));
}

function presentSuggestion({
  item,
  score,
  reasons,
  missing,
}: Ranked<{ id: string }>): TMatchSuggestion {
  return { id: item.id, score, reasons, missing };
}

function checkLimit(limit: number) {
  if (!Number.isInteger(limit) || limit < 1 || limit > maxSuggestions)
    throw new AppError('VALIDATION_FAILED', {
      issues: [{ path: 'limit', message: `1 to ${maxSuggestions}` }],
    });
}

async function recordView(
  ctx: AppContext,
  actor: Actor,
  municipalityId: string,
  target: { type: string; id: string },
  action: 'work.suggestions_viewed' | 'work.team_proposed',
) {
  await ctx.db.transaction((tx) =>
    recordAudit(tx, { action, municipalityId, actor, target }, ctx.now()),
  );
}

/** The openings of the person's programme that suit them best, each with its reasons. */
export async function suggestOpeningsForPerson(
  ctx: AppContext,
  { actor, municipalityId, personId, limit }: Scope & { personId: string; limit: number },
): Promise<TMatchSuggestion[]> {
  checkLimit(limit);
  const profile = await findProfileForMatching(ctx.db, { municipalityId, personId });
  if (!profile) throw new AppError('WORK_PROFILE_NOT_FOUND');
  if (actor) await authorizeFor(ctx, actor, municipalityId, profile.programmeId);
  const candidates = await candidateOpeningsFor(ctx.db, {
    municipalityId,
    programmeId: profile.programmeId,
    person: profile,
  });
  const person = matchPersonOf(profile);
  // A job centre's nursery short of staff this month ranks up, eligible matches only.
  const short = await staffShortByFacility(ctx.db, {
    municipalityId,
    month: firstDayOf(japanMonthOf(ctx.now())),
    facilityIds: candidates.flatMap((c) => (c.facilityId ? [c.facilityId] : [])),
  });
  const ranked = rankMatches(
    candidates,
    (row) =>
      withStaffShortage(
        scoreMatch(person, matchOpeningOf(row)),
        row.facilityId ? (short.get(row.facilityId) ?? null) : null,
      ),
    limit,
  );
  if (actor)
    await recordView(
      ctx,
      actor,
      municipalityId,
      { type: 'work_profile', id: personId },
      'work.suggestions_viewed',
    );
  return ranked.map(presentSuggestion);
}

/**
 * The scorer's own top `limit` among the opening's candidates, reading them best bound
 * first a page at a time: an opening that asks little has thousands of candidates, and
 * scoring them all would cost more than the database takes to order them by a bound.
 * Reading stops when the k-th best exact score is above every unread bound (strictly,
 * with the half point the rounding can add), so nothing unread could enter or tie.
 */
async function topPeopleFor(
  ctx: AppContext,
  {
    municipalityId,
    row,
    opening,
    limit,
  }: {
    municipalityId: string;
    row: OpeningMatchRow & { programmeId: string };
    opening: MatchOpening;
    limit: number;
  },
): Promise<Ranked<{ id: string }>[]> {
  const page = Math.max(300, limit * 15);
  const paths = pathsFitting(opening);
  let best: Ranked<{ id: string }>[] = [];
  for (let offset = 0; ; offset += page) {
    const rows = await candidatePeopleByBound(ctx.db, {
      municipalityId,
      programmeId: row.programmeId,
      opening: row,
      offset,
      count: page,
      pathsFitting: paths,
    });
    best = [...best, ...rankMatches(rows, (p) => scoreMatch(matchPersonOf(p), opening), limit)]
      .sort(byScoreThenId)
      .slice(0, limit);
    const unreadBound = rows.at(-1)?.bound ?? 0;
    if (rows.length < page) return best;
    if (best.length === limit && best[limit - 1]!.score > unreadBound + 0.5) return best;
  }
}

/** The people of the opening's programme who suit it best, each with its reasons. */
export async function suggestPeopleForOpening(
  ctx: AppContext,
  { actor, municipalityId, openingId, limit }: Scope & { openingId: string; limit: number },
): Promise<TMatchSuggestion[]> {
  checkLimit(limit);
  const row = await findOpeningForMatching(ctx.db, { municipalityId, openingId });
  if (!row) throw new AppError('WORK_OPENING_NOT_FOUND');
  if (actor) await authorizeFor(ctx, actor, municipalityId, row.programmeId);
  const opening = matchOpeningOf(row);
  const ranked = await topPeopleFor(ctx, { municipalityId, row, opening, limit });
  if (actor)
    await recordView(
      ctx,
      actor,
      municipalityId,
      { type: 'work_opening', id: openingId },
      'work.suggestions_viewed',
    );
  return ranked.map(presentSuggestion);
}

/**
 * A team of `size` for a project: each member meets the project's hard requirements but
 * its required skills, which the team covers together (greedy set cover, see
 * `proposeTeamFrom`), any two members sharing `teamMeetingHours` of their weeks.
 */
export async function proposeTeam(
  ctx: AppContext,
  { actor, municipalityId, openingId, size }: Scope & { openingId: string; size: number },
): Promise<TTeamProposal> {
  if (!Number.isInteger(size) || size < 1 || size > 50)
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'size', message: '1 to 50' }] });
  const row = await findOpeningForMatching(ctx.db, { municipalityId, openingId });
  if (!row) throw new AppError('WORK_OPENING_NOT_FOUND');
  if (actor) await authorizeFor(ctx, actor, municipalityId, row.programmeId);
  if (row.kind !== 'project')
    throw new AppError('VALIDATION_FAILED', {
      issues: [{ path: 'openingId', message: 'teams are proposed for projects' }],
    });
  const people = await candidatePeopleFor(ctx.db, {
    municipalityId,
    programmeId: row.programmeId,
    opening: row,
    teamOf: true,
  });
  const opening = { ...matchOpeningOf(row), requiredSkillIds: [] };
  const candidates = people.flatMap((p) => {
    const person = matchPersonOf(p);
    const result = scoreMatch(person, opening);
    return result.eligible
      ? [{ id: p.id, skillIds: p.skillIds, availability: person.availability, score: result.score }]
      : [];
  });
  const team = proposeTeamFrom({
    candidates,
    requiredSkillIds: row.requiredSkillIds,
    size,
    minPairOverlapHours: teamMeetingHours,
  });
  if (actor)
    await recordView(
      ctx,
      actor,
      municipalityId,
      { type: 'work_opening', id: openingId },
      'work.team_proposed',
    );
  return { openingId, ...team };
}
