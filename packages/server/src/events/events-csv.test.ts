import { describe, expect, it } from 'vitest';
import { basicFee, eventOpenDataRow, eventsOpenDataHeader } from './events-csv.ts';
import type { EventRow } from './events.repository.ts';

const event: EventRow = {
  id: '4b8e1c1a-0000-4000-8000-000000000001',
  municipalityId: '4b8e1c1a-0000-4000-8000-000000000002',
  kind: 'roundtable',
  title: '育休明け座談会, 第2回',
  description: '1行目\n2行目',
  startsAt: new Date('2026-12-20T10:30:00Z'),
  endsAt: new Date('2026-12-20T11:30:00Z'),
  placeName: null,
  address: null,
  onlineUrl: 'https://meet.example/x',
  childcare: false,
  childcareDetails: null,
  capacity: 8,
  registrationOpensAt: null,
  registrationClosesAt: new Date('2026-12-19T15:00:00Z'),
  target: '育休中の保護者',
  fee: '５００円',
  hostFacilityId: null,
  published: true,
  cancelledAt: null,
  createdBy: null,
  createdAt: new Date(),
  updatedAt: new Date(),
};

describe('イベント一覧 open data', () => {
  it('reads whole yen from fee text people write, and leaves the rest to 料金(詳細)', () => {
    expect(basicFee('無料')).toBe('0');
    expect(basicFee('５００円')).toBe('500');
    expect(basicFee('1,200円')).toBe('1200');
    expect(basicFee('材料費300円')).toBe('');
    expect(basicFee(null)).toBe('');
  });

  it('writes one value per column, in Japan time, online events named as such', () => {
    const row = eventOpenDataRow(event, { code: '462187', name: '日置市' }, 'https://x.example/e');
    expect(row).toHaveLength(eventsOpenDataHeader.length);
    const cell = (name: (typeof eventsOpenDataHeader)[number]) =>
      row[eventsOpenDataHeader.indexOf(name)];
    expect(cell('全国地方公共団体コード')).toBe('462187');
    expect(cell('開始日')).toBe('2026-12-20');
    expect(cell('開始時間')).toBe('19:30');
    expect(cell('終了時間')).toBe('20:30');
    expect(cell('参加申込終了日')).toBe('2026-12-20');
    expect(cell('参加申込終了時間')).toBe('00:00');
    expect(cell('場所名称')).toBe('オンライン');
    expect(cell('料金(基本)')).toBe('500');
    expect(cell('イベント種類')).toBe('座談会');
    expect(cell('託児所_有無')).toBe('無');
    expect(cell('参加条件_詳細')).toBe('育休中の保護者');
  });
});
