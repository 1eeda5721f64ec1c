import { japanTimeOf } from '@yorisoi/shared';
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { TSurveyQuestion } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { findUserByEmail } from '../auth/users.repository.ts';
import {
  municipalities,
  organizations,
  surveyAnswers,
  surveyResponses,
  surveys,
} from '../platform/db/schema/index.ts';
import { sealField } from '../platform/crypto/sealed-field.ts';
import type { Actor } from '../policy/actor.ts';
import { minimumGroupSizeOf } from '../insights/statistics-audience.ts';
import { reportTables } from '@yorisoi/shared';
import { updateReportDraft } from '../reports/report-draft.service.ts';
import { approveReport, submitReport } from '../reports/report-review.service.ts';
import { createReport, publishReport } from '../reports/reports.service.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

const scale = [
  'まったくそう思わない',
  'あまりそう思わない',
  'どちらともいえない',
  'ややそう思う',
  'とてもそう思う',
];
const questions: TSurveyQuestion[] = [
  { kind: 'likert', prompt: '必要なときに有給休暇を取りやすい', labels: scale },
  { kind: 'likert', prompt: '仕事と家庭（育児・介護）を両立できている', labels: scale },
  { kind: 'likert', prompt: '困ったときに職場で相談しやすい', labels: scale },
  { kind: 'text', prompt: '働きやすくするために、職場に望むことを自由にお書きください' },
];
/** Synthetic, already de-identified wishes (nobody wrote them). */
const wishes = [
  '子どもの急な発熱のときに、時間単位で休めると助かります。',
  '繁忙期の残業が続くので、終業から翌日までの休息時間を確保してほしい。',
  '親の通院の付き添いがあるので、介護の制度を知りたいです。',
  '上司に相談しやすい雰囲気がほしい。',
];
const respondents = 24;
/** The demo reports' own words (synthetic, about no one). */
const demoSummary =
  '働く人の保健室には、働き方と子育て・介護の両立についての相談が多く寄せられました。市内の事業所と協力して、休みを取りやすく、相談しやすい職場づくりを進めます。';
const demoFinding =
  '相談のテーマでは、働き方と両立支援に関するものが目立ちます。少人数の区分は公表のルールにより数を示していません。';
const demoProposal = '市内の事業所に向けて、制度の説明会と導入の個別相談を行います。';
const demoOwnText =
  '市は、相談の内容から見えてきた課題を、事業所の皆さまと共有し、取組を一緒に進めてまいります。（デモの文章です）';

/** A deterministic 1–5 answer: mostly 3–4, some 2 and 5. */
const likert = (person: number, question: number) =>
  [4, 3, 4, 2, 5, 4, 3, 4][(person * 3 + question * 5) % 8]!;

function seedActor(userId: string, role: Actor['role'], municipalityId: string): Actor {
  return {
    userId,
    sessionId: 'demo-seed',
    role,
    municipalityId,
    organizationId: null,
    locale: 'ja',
    mfaSatisfied: true,
  };
}

/**
 * The employee-voice part of the demo for 日置市: an open pulse survey of one employer with
 * 24 synthetic anonymous responses (no demo person is linked to any), and one published
 * policy report for the city and one published workplace report for that employer.
 */
export async function seedDemoVoice(ctx: AppContext): Promise<void> {
  const [city] = await ctx.db
    .select()
    .from(municipalities)
    .where(eq(municipalities.code, '462187'));
  if (!city) return;
  const [employer] = await ctx.db
    .select()
    .from(organizations)
    .where(
      ofMunicipality(
        organizations,
        city.id,
        eq(organizations.name, '株式会社ゆのもと食品（架空）'),
      ),
    );
  const [cityStaff, supervisor] = await Promise.all(
    ['city@demo.yorisoi.example', 'supervisor@demo.yorisoi.example'].map((email) =>
      findUserByEmail(ctx.db, ctx, email).then((user) =>
        user?.municipalityId === city.id ? user : null,
      ),
    ),
  );
  if (!employer || !cityStaff || !supervisor) return;

  const now = ctx.now();
  const day = (offset: number) => japanTimeOf(new Date(now.getTime() + offset * 864e5)).date;
  const [survey] = await ctx.db
    .insert(surveys)
    .values({
      municipalityId: city.id,
      title: '働きやすさパルス調査（デモ）',
      description: '無記名の職場アンケートです。',
      questions,
      targetOrganizationIds: [employer.id],
      opensOn: day(-14),
      closesOn: day(14),
      minimumGroupSize: await minimumGroupSizeOf(ctx.db, city.id),
      createdBy: cityStaff.id,
      ownerOrganizationId: null,
      createdAt: now,
    })
    .returning();
  if (!survey) return;
  for (let person = 0; person < respondents; person++) {
    const responseId = crypto.randomUUID();
    await ctx.db.insert(surveyResponses).values({
      id: responseId,
      surveyId: survey.id,
      municipalityId: city.id,
      organizationId: employer.id,
    });
    const wish = person % 5 === 0 ? wishes[(person / 5) % wishes.length] : undefined;
    await ctx.db.insert(surveyAnswers).values([
      ...[0, 1, 2].map((q) => ({
        responseId,
        municipalityId: city.id,
        questionIndex: q,
        likert: likert(person, q),
        textSealed: null,
      })),
      ...(wish
        ? [
            {
              responseId,
              municipalityId: city.id,
              questionIndex: 3,
              likert: null,
              textSealed: sealField(ctx.keyring, wish, `survey_answers.text:${responseId}:3`),
            },
          ]
        : []),
    ]);
  }

  const author = seedActor(cityStaff.id, 'city_staff', city.id);
  const approver = seedActor(supervisor.id, 'supervisor', city.id);
  for (const input of [
    { kind: 'policy' as const, title: '日置市 働く人の保健室 政策提言レポート（デモ）' },
    {
      kind: 'workplace' as const,
      organizationId: employer.id,
      title: '株式会社ゆのもと食品 職場改善レポート（デモ）',
    },
  ]) {
    const report = await createReport(ctx, { actor: author, input });
    const table = reportTables(report.content)[0]?.key ?? null;
    const written = await updateReportDraft(ctx, {
      actor: author,
      id: report.id,
      input: {
        revision: report.revision,
        title: report.title,
        summary: demoSummary,
        findings: [{ text: demoFinding, table }],
        proposals: report.draft.proposals.map((p, i) => ({
          text: i === 0 ? demoProposal : '',
          practiceId: p.practice?.id ?? null,
        })),
        ownText: demoOwnText,
        nationalFigures: report.draft.nationalFigures,
      },
    });
    await submitReport(ctx, { actor: author, id: report.id });
    await approveReport(ctx, { actor: approver, id: report.id, revision: written.revision });
    await publishReport(ctx, { actor: author, id: report.id });
  }
}
