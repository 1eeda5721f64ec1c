import { addMonths, japanMidnight, japanMonthOf } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db/database.ts';
import {
  childcareFacilityStaff,
  childcareVacancies,
  childcareVacancyPublications,
} from '../platform/db/schema/index.ts';
import { readFacilityFile } from '../childcare/opendata/facility-file.ts';
import { listFacilities, upsertFacilities } from '../childcare/childcare-facilities.repository.ts';
import { csvField } from '../childcare/opendata/csv-records.ts';

/**
 * Demo childcare data, loaded through the same open-data reader a city's file goes
 * through. 日置市: 22 保育所 over its four areas (the seed: 市内22保育所 and a 受け入れ状況表),
 * with twelve months of vacancies; 鹿児島市: the kinds its seed lists (りぼんかん with
 * 一時預かり, 4 親子つどいの広場, 8 地域子育て支援センター, 3 児童センター). Every name,
 * address and number is fictional and marked （架空）.
 */
const header = [
  '全国地方公共団体コード',
  'ID',
  '地方公共団体名',
  '名称',
  '名称_カナ',
  '種別',
  '地区',
  '所在地_連結表記',
  '緯度',
  '経度',
  '電話番号',
  '収容定員',
  '受入年齢',
  '利用可能曜日',
  '開始時間',
  '終了時間',
  '利用可能日時特記事項',
  '一時預かりの有無',
  '病児保育の有無',
  '授乳室',
  'おむつ替えコーナー',
  '駐車場情報',
];

const hiokiAreas = [
  {
    area: '伊集院',
    towns: ['伊集院町郡', '伊集院町妙円寺', '伊集院町下谷口'],
    count: 8,
    lat: 31.627,
    lon: 130.397,
  },
  { area: '東市来', towns: ['東市来町湯田', '東市来町長里'], count: 5, lat: 31.656, lon: 130.34 },
  { area: '日吉', towns: ['日吉町日置', '日吉町吉利'], count: 4, lat: 31.585, lon: 130.34 },
  { area: '吹上', towns: ['吹上町中原', '吹上町永吉'], count: 5, lat: 31.5, lon: 130.34 },
];
const nurseryNames = [
  ['ひまわり', 'ヒマワリ'],
  ['さくら', 'サクラ'],
  ['たんぽぽ', 'タンポポ'],
  ['あおぞら', 'アオゾラ'],
  ['すみれ', 'スミレ'],
  ['つくし', 'ツクシ'],
  ['どんぐり', 'ドングリ'],
  ['こすもす', 'コスモス'],
  ['うみかぜ', 'ウミカゼ'],
  ['ゆのもと', 'ユノモト'],
  ['みなと', 'ミナト'],
  ['はなぞの', 'ハナゾノ'],
  ['ふたば', 'フタバ'],
  ['せせらぎ', 'セセラギ'],
  ['やまびこ', 'ヤマビコ'],
  ['よしとし', 'ヨシトシ'],
  ['すなはま', 'スナハマ'],
  ['ながよし', 'ナガヨシ'],
  ['なのはな', 'ナノハナ'],
  ['かぜのこ', 'カゼノコ'],
  ['ひだまり', 'ヒダマリ'],
  ['にじいろ', 'ニジイロ'],
] as const;
const nurseryAges = [
  '６か月～５歳',
  '産休明け～５歳',
  '生後57日～就学前',
  '1歳～5歳',
  '６か月～就学前',
];

function hiokiRows(): string[][] {
  let n = 0;
  return hiokiAreas.flatMap(({ area, towns, count, lat, lon }) =>
    Array.from({ length: count }, () => {
      const [name, kana] = nurseryNames[n]!;
      const i = n++;
      const publicNursery = i % 5 === 0;
      return [
        '462187',
        `H${String(i + 1).padStart(3, '0')}`,
        '鹿児島県日置市',
        `${name}保育園（架空）`,
        `${kana}ホイクエン`,
        publicNursery ? '認可公立保育所' : '認可私立保育所',
        area,
        `鹿児島県日置市${towns[i % towns.length]}${100 + i * 7}-${(i % 4) + 1}（架空）`,
        (lat + ((i % 3) - 1) * 0.006).toFixed(5),
        (lon + ((i % 4) - 1.5) * 0.005).toFixed(5),
        `099-000-${String(1000 + i).padStart(4, '0')}`,
        String(60 + (i % 5) * 15),
        nurseryAges[i % nurseryAges.length]!,
        i % 3 === 0 ? '月～土' : '月～金',
        i % 2 === 0 ? '7:00' : '7:30',
        i % 4 === 0 ? '19:00' : '18:30',
        i % 3 === 0 ? '' : '土曜日は7:30～12:30',
        i % 3 === 0 ? '有' : '無',
        i === 4 ? '有' : '無',
        i % 2 === 0 ? '有' : '無',
        '有',
        i % 5 === 4 ? '無' : '有',
      ];
    }),
  );
}

function kagoshimaRows(): string[][] {
  const row = (
    id: string,
    name: string,
    kana: string,
    kind: string,
    area: string,
    age: string,
    days: string,
    opens: string,
    closes: string,
    temporaryCare: string,
    i: number,
  ) => [
    '462012',
    id,
    '鹿児島県鹿児島市',
    name,
    kana,
    kind,
    area,
    `鹿児島県鹿児島市${area}町${10 + i}-${(i % 3) + 1}（架空）`,
    (31.59 + (i % 5) * 0.01).toFixed(5),
    (130.55 + (i % 4) * 0.01).toFixed(5),
    `099-100-${String(2000 + i).padStart(4, '0')}`,
    '',
    age,
    days,
    opens,
    closes,
    '',
    temporaryCare,
    '無',
    '有',
    '有',
    i % 2 === 0 ? '有' : '無',
  ];
  const plazas = ['北部', '南部', '東部', '西部'];
  const centers = ['中央', '谷山', '伊敷', '吉野', '吉田', '桜島', '喜入', '松元'];
  const childrenCenters = ['中郡', '武岡', '宇宿'];
  return [
    row(
      'K001',
      'すこやか子育て交流館 りぼんかん（架空）',
      'スコヤカコソダテコウリュウカン リボンカン',
      '子育て支援拠点（交流館）',
      '山下',
      '未就学児',
      '火～日',
      '9:00',
      '17:00',
      '有',
      0,
    ),
    ...plazas.map((p, i) =>
      row(
        `K1${i}`,
        `親子つどいの広場 ${p}（架空）`,
        `オヤコツドイノヒロバ`,
        '親子つどいの広場',
        p.replace('部', ''),
        '未就学児',
        '月～土',
        '10:00',
        '16:00',
        '無',
        i + 1,
      ),
    ),
    ...centers.map((c, i) =>
      row(
        `K2${i}`,
        `${c}地域子育て支援センター（架空）`,
        `チイキコソダテシエンセンター`,
        '地域子育て支援センター',
        c,
        '0歳～就学前',
        '月～金',
        '9:00',
        '16:00',
        i % 3 === 0 ? '有' : '無',
        i + 5,
      ),
    ),
    ...childrenCenters.map((c, i) =>
      row(
        `K3${i}`,
        `${c}児童センター（架空）`,
        `ジドウセンター`,
        '児童センター',
        c,
        '18歳未満',
        '火～日',
        '9:00',
        '18:00',
        '無',
        i + 13,
      ),
    ),
  ];
}

const toCsv = (rows: string[][]) =>
  new TextEncoder().encode([header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n'));

/** Twelve months ending with this month (Japan), as their 1st. */
function lastTwelveMonths(now: Date): string[] {
  const thisMonth = japanMonthOf(now);
  return Array.from({ length: 12 }, (_, k) => `${addMonths(thisMonth, k - 11)}-01`);
}

/** A nursery's vacancies: room in April for the youngest, filling up towards March. */
function demoCounts(facility: number, month: string): (number | null)[] {
  const m = Number(month.slice(5, 7));
  const monthsSinceApril = (m + 8) % 12;
  return [0, 1, 2, 3, 4, 5].map((age) => {
    if (facility % 7 === 3 && age === 0) return null;
    const base = (facility * 7 + age * 3 + m) % 6;
    return Math.max(0, base - Math.floor(monthsSinceApril / (age === 0 ? 3 : 4)));
  });
}

export async function seedDemoChildcare(
  ctx: AppContext,
  tx: Db,
  input: {
    hioki: string;
    kagoshima: string;
    facilityStaffUserId: string | null;
  },
) {
  for (const [municipalityId, code, name, rows] of [
    [input.hioki, '462187', '日置市', hiokiRows()],
    [input.kagoshima, '462012', '鹿児島市', kagoshimaRows()],
  ] as const) {
    const file = readFacilityFile(toCsv(rows), { code, name });
    if (!file.readable || file.rejected.length > 0)
      throw new Error(`demo childcare data of ${name} does not read`);
    await upsertFacilities(tx, { municipalityId, facilities: file.facilities, now: ctx.now() });
  }
  const nurseries = await listFacilities(tx, { municipalityId: input.hioki });
  const months = lastTwelveMonths(ctx.now());
  const thisMonth = months[months.length - 1]!;
  const [bound] = nurseries;
  if (bound && input.facilityStaffUserId) {
    await tx.insert(childcareFacilityStaff).values({
      userId: input.facilityStaffUserId,
      facilityId: bound.id,
      municipalityId: input.hioki,
    });
  }
  const values = nurseries.flatMap((facility, i) =>
    months
      // Three nurseries have not updated this month yet: the table marks them.
      .filter((month) => !(month === thisMonth && i % 8 === 5))
      .map((month) => {
        const counts = demoCounts(i, month);
        return {
          facilityId: facility.id,
          municipalityId: input.hioki,
          month,
          age0: counts[0]!,
          age1: counts[1]!,
          age2: counts[2]!,
          age3: counts[3]!,
          age4: counts[4]!,
          age5: counts[5]!,
          updatedBy: i === 0 ? input.facilityStaffUserId : null,
          updatedAt: japanMidnight(month),
        };
      }),
  );
  await tx.insert(childcareVacancies).values(values);
  await tx.insert(childcareVacancyPublications).values(
    months.map((month) => ({
      municipalityId: input.hioki,
      month,
      publishedAt: new Date(`${month}T09:00:00+09:00`),
    })),
  );
}
