/**
 * A small employer's stress check in the demo (issue 19): 吹上浜デジタル合同会社（架空）, a
 * 10–29-worker company of 日置市 (the size the 2025 law change brings under the stress
 * check), ran a period that closed two weeks ago. Its twelve synthetic workers answered
 * the 57 items: nine in 開発, three in 総務. The group analysis shows the whole company
 * (12 ≥ 10) and nothing of either department (both below k). Answers are generated, not
 * anyone's. Its 総務 person (fukiagehama-soumu@demo) signs in with the demo password.
 */
import { japanTimeOf, questionnaireItems, scoreQuestionnaire } from '@yorisoi/shared';
import crypto from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { AppContext } from '../app/context.ts';
import { sealedUserValues } from '../auth/users.repository.ts';
import { hashPassword } from '../auth/password.ts';
import { demoPassword } from './demo-data.ts';
import { minimumGroupSizeOf } from '../insights/statistics-audience.ts';
import { sealField } from '../platform/crypto/sealed-field.ts';
import { municipalities, organizations, users } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';
import {
  stressCheckAnswersContext,
  stressCheckMinimumGroupSize,
} from '../stress-checks/stress-checks.service.ts';
import {
  insertStressCheckPeriod,
  upsertOwnStressCheckAnswers,
} from '../stress-checks/stress-checks.repository.ts';

export const demoStressCheckEmployer = '吹上浜デジタル合同会社（架空）';
export const demoStressCheckTitle = '令和8年度 ストレスチェック（架空）';
export const demoStressCheckDepartments = { 開発: 9, 総務: 3 } as const;

/** A fixed sequence of answers 1–4, leaning to the middle as real answers do. */
function answerGenerator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return [1, 2, 2, 3, 3, 4][state % 6]!;
  };
}

export async function seedDemoStressCheck(ctx: AppContext): Promise<void> {
  const [city] = await ctx.db
    .select()
    .from(municipalities)
    .where(eq(municipalities.code, '462187'));
  if (!city) return;
  const [employer] = await ctx.db
    .select()
    .from(organizations)
    .where(ofMunicipality(organizations, city.id, eq(organizations.name, demoStressCheckEmployer)));
  if (!employer) return;
  const workers = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.organizationId, employer.id), eq(users.role, 'worker')))
    .orderBy(asc(users.id));
  const departments = Object.entries(demoStressCheckDepartments).flatMap(([name, n]) =>
    Array.from({ length: n }, () => name),
  );
  if (workers.length < departments.length) return;

  const now = ctx.now();
  const day = (offset: number) => japanTimeOf(new Date(now.getTime() + offset * 864e5)).date;
  const [opener] = await ctx.db
    .insert(users)
    .values(
      sealedUserValues(ctx, {
        id: crypto.randomUUID(),
        email: 'fukiagehama-soumu@demo.yorisoi.example',
        displayName: '吹上 なぎさ（総務担当・架空）',
        municipalityId: city.id,
        organizationId: employer.id,
        role: 'employer_admin',
        passwordHash: await hashPassword(demoPassword),
        status: 'active',
      }),
    )
    .returning({ id: users.id });
  const k = Math.max(stressCheckMinimumGroupSize, await minimumGroupSizeOf(ctx.db, city.id));
  await ctx.db.transaction(async (tx) => {
    const period = await insertStressCheckPeriod(tx, city.id, {
      organizationId: employer.id,
      title: demoStressCheckTitle,
      opensOn: day(-30),
      closesOn: day(-16),
      departments: Object.keys(demoStressCheckDepartments),
      minimumGroupSize: k,
      createdBy: opener!.id,
      createdAt: new Date(now.getTime() - 31 * 864e5),
    });
    for (const [i, department] of departments.entries()) {
      const userId = workers[i]!.id;
      const next = answerGenerator(20260401 + i);
      const answers = Object.fromEntries(
        questionnaireItems.stress_check.map((q) => [q.id, next()]),
      );
      const score = scoreQuestionnaire('stress_check', answers);
      const completedAt = new Date(now.getTime() - (29 - i) * 864e5);
      await upsertOwnStressCheckAnswers(tx, city.id, {
        periodId: period.id,
        userId,
        department,
        answersSealed: sealField(
          ctx.keyring,
          JSON.stringify(answers),
          stressCheckAnswersContext(period.id, userId),
        ),
        answeredItems: questionnaireItems.stress_check.length,
        scoreA: score.parts!.A,
        scoreB: score.parts!.B,
        scoreC: score.parts!.C,
        highStress: score.band === 'high_stress',
        completedAt,
        updatedAt: completedAt,
      });
    }
  });
}
