import type { AppContext } from '../app/context.ts';
import type { Composed } from '../notifications/outbox/compose.ts';
import type { OutboxRow } from '../notifications/outbox/outbox.repository.ts';
import { findFacility } from './childcare-facilities.repository.ts';
import { findReminder } from './vacancies.repository.ts';
import { monthOfDay } from './childcare-months.ts';

/** The reminder mail to a facility's staff: which facility and month, and where to update. */
export async function composeVacancyReminder(
  ctx: AppContext,
  row: OutboxRow,
): Promise<Composed | null> {
  const reminder = await findReminder(ctx.db, {
    municipalityId: row.municipalityId,
    reminderId: row.refId,
  });
  if (!reminder) return null;
  const facility = await findFacility(ctx.db, {
    municipalityId: row.municipalityId,
    facilityId: reminder.facilityId,
  });
  if (!facility) return null;
  const [year, month] = monthOfDay(reminder.month).split('-').map(Number);
  const link = `${ctx.config.publicUrl}/childcare/facilities/${facility.id}/vacancies`;
  return {
    mail: {
      subject: `【寄り添い】${month}月の空き状況の更新をお願いします / Please update your vacancies`,
      text: [
        `${facility.name} ご担当者さま`,
        '',
        `${year}年${month}月1日時点の受け入れ状況（空き人数）がまだ更新されていません。`,
        '先月の数字が入った画面で、変わったところだけ直して確定できます（30秒ほどです）。',
        link,
        '',
        `The vacancies of ${facility.name} for ${year}-${String(month).padStart(2, '0')} have not been updated yet.`,
        'Last month’s figures are filled in: change what moved and confirm.',
      ].join('\n'),
    },
    push: null,
  };
}
