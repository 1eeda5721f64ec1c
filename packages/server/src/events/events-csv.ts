import { eventKindLabelsJa, japanTimeOf, type EventKind } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { gridAsCsv } from '../platform/csv/write-csv.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { findMunicipalityById, listAllEvents, type EventRow } from './events.repository.ts';
import { eventPageLink } from './event-notices.ts';

/**
 * イベント一覧 in the current generation of the 自治体標準オープンデータセット: the municipality's
 * columns first (全国地方公共団体コード, ID, 地方公共団体名), the address as 所在地_連結表記, and the
 * columns publishers add for parents (託児所_有無, 託児所_詳細, 参加条件_詳細).
 */
export const eventsOpenDataHeader = [
  '全国地方公共団体コード',
  'ID',
  '地方公共団体名',
  'イベント名',
  'イベント名_カナ',
  'イベント名_英字',
  '開始日',
  '終了日',
  '開始時間',
  '終了時間',
  '開始日時特記事項',
  '説明',
  '料金(基本)',
  '料金(詳細)',
  '連絡先名称',
  '連絡先電話番号',
  '連絡先内線番号',
  '主催者',
  '場所名称',
  '所在地_連結表記',
  '緯度',
  '経度',
  'アクセス方法',
  '駐車場情報',
  '定員',
  '参加申込終了日',
  '参加申込終了時間',
  '参加申込方法',
  'URL',
  '備考',
  'イベント種類',
  '託児所_有無',
  '託児所_詳細',
  '参加条件_詳細',
] as const;

/** 料金(基本) is whole yen: 無料 is 0, 「500円」 is 500, anything else is left to 料金(詳細). */
export function basicFee(fee: string | null): string {
  if (fee === null) return '';
  const text = fee.normalize('NFKC').replace(/[,\s]/g, '');
  if (text === '無料' || text === '0円' || text === '0') return '0';
  const yen = /^(\d+)円?$/.exec(text);
  return yen ? yen[1]! : '';
}

export function eventOpenDataRow(
  event: EventRow,
  municipality: { code: string; name: string },
  url: string,
): string[] {
  const start = japanTimeOf(event.startsAt);
  const end = japanTimeOf(event.endsAt);
  const closes = event.registrationClosesAt ? japanTimeOf(event.registrationClosesAt) : null;
  const place = event.placeName ?? (event.onlineUrl ? 'オンライン' : '');
  return [
    municipality.code,
    event.id,
    municipality.name,
    event.title,
    '',
    '',
    start.date,
    end.date,
    start.time,
    end.time,
    '',
    event.description,
    basicFee(event.fee),
    event.fee ?? '',
    '',
    '',
    '',
    municipality.name,
    place,
    event.address ?? '',
    '',
    '',
    event.onlineUrl ? `オンライン：${event.onlineUrl}` : '',
    '',
    String(event.capacity),
    closes?.date ?? '',
    closes?.time ?? '',
    'Web申込',
    url,
    event.cancelledAt ? '中止' : '',
    eventKindLabelsJa[event.kind as EventKind] ?? event.kind,
    event.childcare ? '有' : '無',
    event.childcareDetails ?? '',
    event.target ?? '',
  ];
}

/**
 * The published events of a municipality as イベント一覧 CSV (BOM, CRLF): the staff download
 * and, for city IT staff's scripts, the open-data export command.
 */
export async function eventsOpenDataCsv(
  ctx: AppContext,
  municipality: { id: string; code: string; name: string },
): Promise<{ fileName: string; content: Buffer; events: number }> {
  const rows = (await listAllEvents(ctx.db, municipality.id)).filter((e) => e.published);
  return {
    fileName: `${municipality.code}_event.csv`,
    events: rows.length,
    content: gridAsCsv([
      [...eventsOpenDataHeader],
      ...rows.map((row) =>
        eventOpenDataRow(row, municipality, eventPageLink(ctx, municipality.code, row.id)),
      ),
    ]),
  };
}

/** The actor's municipality's published events as open data; the download is audited. */
export async function exportEventsCsv(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'event.manage', tenantScope(actor));
  const municipality = await findMunicipalityById(ctx.db, actor.municipalityId!);
  if (!municipality) throw new AppError('FORBIDDEN');
  const file = await eventsOpenDataCsv(ctx, municipality);
  const now = ctx.now();
  await ctx.db.transaction((tx) =>
    recordAudit(
      tx,
      {
        action: 'event.exported',
        municipalityId: actor.municipalityId,
        actor,
        detail: { events: file.events },
      },
      now,
    ),
  );
  return file;
}
