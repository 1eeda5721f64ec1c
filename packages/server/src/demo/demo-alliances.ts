import type { Industry, SizeBand } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db/database.ts';
import { findMunicipalityByWrittenCode } from '../municipalities/municipality-by-code.ts';
import { listOrganizations } from '../organizations/organizations.repository.ts';
import {
  insertAlliance,
  insertAward,
  insertMembers,
  upsertDeclaration,
} from '../alliances/alliances.repository.ts';

interface DemoMember {
  name: string;
  industry: Industry;
  sizeBand: SizeBand;
  area: string;
  joinedOn: string;
  introduction?: string;
  declaration?: { signerName: string; signerTitle: string; signedOn: string; isPublic: boolean };
  award?: { title: string; awardedOn: string };
}

interface DemoAlliance {
  municipalityCode: string;
  name: string;
  kind: 'ikuboss' | 'consortium';
  description: string;
  foundedOn: string;
  members: DemoMember[];
}

const declarationText =
  '私は、部下一人ひとりのキャリアと仕事と生活の両立を応援し、組織としての成果を出しながら、自らも仕事と私生活を楽しみます。';

// Fictional company names for 鹿児島市: a place word and a trade, each marked （架空）.
const places = ['桜島', '天文館', '城山', '錦江', '甲突', '紫原', '谷山', '伊敷', '鴨池', '与次郎'];
const trades: { word: string; industry: Industry }[] = [
  { word: '建設', industry: 'construction' },
  { word: '食品', industry: 'manufacturing' },
  { word: '運輸', industry: 'transport_postal' },
  { word: '商事', industry: 'wholesale_retail' },
  { word: 'システム', industry: 'information_communications' },
  { word: '介護サービス', industry: 'medical_welfare' },
  { word: '不動産', industry: 'real_estate' },
  { word: '観光', industry: 'accommodation_food' },
];
const areas = ['中央地域', '谷山地域', '伊敷地域', '吉野地域', '桜島地域', '喜入地域', '松元地域'];
const sizes: SizeBand[] = ['10-29', '30-99', '100-299', '1-9', '300+'];
const signers = ['田中 一郎', '上村 恵', '有村 健', '西郷 明子', '東 誠', '福永 由美'];

/**
 * 鹿児島市イクボス推進同盟's growth as the city published it: 32 companies at its founding in
 * 平成29年, 81 by 令和2年度 (the years between are spread, fictionally, 50 and 67).
 */
function kagoshimaMembers(): DemoMember[] {
  const joins = [
    ...Array.from({ length: 32 }, () => '2017-06-01'),
    ...Array.from({ length: 18 }, (_, i) => `2018-${String(5 + (i % 8)).padStart(2, '0')}-15`),
    ...Array.from({ length: 17 }, (_, i) => `2019-${String(5 + (i % 8)).padStart(2, '0')}-10`),
    ...Array.from({ length: 14 }, (_, i) => `2020-${String(5 + (i % 8)).padStart(2, '0')}-20`),
  ];
  return joins.map((joinedOn, i) => {
    const trade = trades[i % trades.length]!;
    const place = places[Math.floor(i / trades.length) % places.length]!;
    const declared = i % 3 === 0;
    return {
      name: `株式会社${place}${trade.word}（架空）`,
      industry: trade.industry,
      sizeBand: sizes[i % sizes.length]!,
      area: areas[i % areas.length]!,
      joinedOn,
      ...(declared
        ? {
            declaration: {
              signerName: `${signers[i % signers.length]!}（架空）`,
              signerTitle: '代表取締役',
              signedOn: joinedOn,
              isPublic: i % 9 !== 0,
            },
          }
        : {}),
      ...(i % 20 === 3
        ? { award: { title: 'イクボス推進賞（架空）', awardedOn: '2021-02-19' } }
        : {}),
    };
  });
}

export const demoAlliances: DemoAlliance[] = [
  {
    municipalityCode: '462012',
    name: '鹿児島市イクボス推進同盟',
    kind: 'ikuboss',
    description:
      '部下のキャリアとワークライフバランスを応援しながら組織として成果を出し、自らも仕事と私生活を楽しむ上司（イクボス）を育てる取組です。市内の企業・団体と平成29年に設立しました。\n加盟企業はデモ用の架空の企業です。',
    foundedOn: '2017-06-01',
    members: [
      {
        name: '株式会社さくらじま物流（架空）',
        industry: 'transport_postal',
        sizeBand: '100-299',
        area: '中央地域',
        joinedOn: '2017-06-01',
        introduction:
          '配送ドライバーの短時間勤務と、子どもの行事に合わせたシフト交代を進めています。',
        declaration: {
          signerName: '桜田 浩二（架空）',
          signerTitle: '代表取締役社長',
          signedOn: '2017-06-01',
          isPublic: true,
        },
        award: { title: 'イクボス推進賞（架空）', awardedOn: '2020-02-19' },
      },
      ...kagoshimaMembers().slice(1),
    ],
  },
  {
    municipalityCode: '462187',
    name: 'ひおき共創コンソーシアム',
    kind: 'consortium',
    description:
      '従業員の声を起点に、働きやすい職場と「働きたくなるまち」を市内の企業と一緒につくるプラットフォームです。働く人の保健室（THE CARE）を共同で運営しています。\n加盟企業はデモ用の架空の企業です。',
    foundedOn: '2025-07-01',
    members: [
      {
        name: '株式会社ゆのもと食品（架空）',
        industry: 'manufacturing',
        sizeBand: '30-99',
        area: '東市来地域',
        joinedOn: '2025-07-01',
        introduction:
          '製造ラインに短時間勤務の枠をつくり、子育て中の社員が働き続けられるようにしています。',
        declaration: {
          signerName: '湯元 正（架空）',
          signerTitle: '代表取締役',
          signedOn: '2025-07-01',
          isPublic: true,
        },
      },
      {
        name: 'ひおきケアネット株式会社（架空）',
        industry: 'medical_welfare',
        sizeBand: '100-299',
        area: '伊集院地域',
        joinedOn: '2025-07-01',
      },
      {
        name: '吹上浜デジタル合同会社（架空）',
        industry: 'information_communications',
        sizeBand: '10-29',
        area: '吹上地域',
        joinedOn: '2025-09-01',
        declaration: {
          signerName: '浜田 さやか（架空）',
          signerTitle: '代表社員',
          signedOn: '2025-09-01',
          isPublic: true,
        },
      },
      ...['伊集院', '日吉', '東市来', '吹上', '妙円寺', '江口'].map((place, i): DemoMember => ({
        name: `${place}${['工務店', '農園', '印刷', '整備', '商店', '水産'][i]!}株式会社（架空）`,
        industry: (
          [
            'construction',
            'agriculture_forestry',
            'manufacturing',
            'other_services',
            'wholesale_retail',
            'fisheries',
          ] as const
        )[i]!,
        sizeBand: sizes[i % sizes.length]!,
        area: `${['伊集院', '日吉', '東市来', '吹上', '伊集院', '東市来'][i]!}地域`,
        joinedOn: i < 3 ? '2025-10-01' : `2026-0${4 + i}-01`,
      })),
    ],
  },
];

async function seedAlliance(tx: Db, municipalityId: string, demo: DemoAlliance) {
  const organizationIds = new Map(
    (await listOrganizations(tx, municipalityId)).map((o) => [o.name, o.id]),
  );
  const alliance = await insertAlliance(tx, municipalityId, {
    name: demo.name,
    kind: demo.kind,
    description: demo.description,
    foundedOn: demo.foundedOn,
  });
  const rows = await insertMembers(
    tx,
    municipalityId,
    demo.members.map((member) => ({
      allianceId: alliance.id,
      organizationId: organizationIds.get(member.name) ?? null,
      name: member.name,
      industry: member.industry,
      sizeBand: member.sizeBand,
      area: member.area,
      joinedOn: member.joinedOn,
      introduction: member.introduction ?? '',
    })),
  );
  // Each demo alliance names its members once.
  const memberIds = new Map(rows.map((row) => [row.name, row.id]));
  for (const member of demo.members) {
    const memberId = memberIds.get(member.name)!;
    if (member.declaration) {
      await upsertDeclaration(
        tx,
        municipalityId,
        { memberId, text: declarationText, signedBy: null, ...member.declaration },
        new Date(),
      );
    }
    if (member.award) {
      await insertAward(tx, municipalityId, { memberId, note: '', ...member.award });
    }
  }
}

/** The alliances of 鹿児島市 and 日置市, with fictional members marked （架空）. */
export async function seedDemoAlliances(ctx: AppContext): Promise<void> {
  for (const demo of demoAlliances) {
    const municipality = await findMunicipalityByWrittenCode(ctx.db, demo.municipalityCode);
    if (!municipality) continue;
    await ctx.db.transaction((tx) => seedAlliance(tx, municipality.id, demo));
  }
}
