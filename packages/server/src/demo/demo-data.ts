import { japanMidnight, japanTimeOf } from '@yorisoi/shared';
import type { Industry, LicenceType, SizeBand } from '@yorisoi/shared';

/**
 * Demo data. Municipalities, the consortium and programme names come from the press
 * texts the product is built from; every company and person is fictional, and every
 * email address is on the reserved `.example` domain.
 */
export const demoPassword = 'yorisoi-demo-2026';

export const demoMunicipalities = [
  {
    // 日置市's 全国地方公共団体コード (46218 and its check digit 7; 462209 is 南さつま市).
    code: '462187',
    name: '日置市',
    prefecture: '鹿児島県',
    consortiumName: 'ひおき共創コンソーシアム',
    // 119 and よりそいホットライン are the real national numbers; the city's own are fictional.
    publicContacts: [
      { label: '救急・火事', phone: '119', hours: '24時間' },
      {
        label: '日置市 健康保険課 保健師の相談（架空の番号）',
        phone: '099-000-1201',
        hours: '平日 8:30〜17:15',
      },
      {
        label: '日置市 子育て支援課（架空の番号）',
        phone: '099-000-1202',
        hours: '平日 8:30〜17:15',
      },
      { label: 'よりそいホットライン', phone: '0120-279-338', hours: '24時間' },
    ],
  },
  {
    code: '462012',
    name: '鹿児島市',
    prefecture: '鹿児島県',
    consortiumName: '鹿児島市イクボス推進同盟',
    publicContacts: [
      { label: '救急・火事', phone: '119', hours: '24時間' },
      {
        label: '鹿児島市 保健予防課 こころの相談（架空の番号）',
        phone: '099-000-2301',
        hours: '平日 8:30〜17:15',
      },
      { label: 'よりそいホットライン', phone: '0120-279-338', hours: '24時間' },
    ],
  },
  {
    code: '223417',
    name: '長泉町',
    prefecture: '静岡県',
    consortiumName: null,
    publicContacts: [
      { label: '救急・火事', phone: '119', hours: '24時間' },
      {
        label: '長泉町 健康増進課（架空の番号）',
        phone: '055-000-3401',
        hours: '平日 8:30〜17:15',
      },
      { label: 'よりそいホットライン', phone: '0120-279-338', hours: '24時間' },
    ],
  },
] as const;

export interface DemoOrganization {
  municipalityCode: string;
  name: string;
  industry: Industry;
  sizeBand: SizeBand;
  consortiumMember: boolean;
  ikubossDeclared: boolean;
  inviteCode?: string;
}

export const demoOrganizations: DemoOrganization[] = [
  {
    municipalityCode: '462187',
    name: '株式会社ゆのもと食品（架空）',
    industry: 'manufacturing',
    sizeBand: '30-99',
    consortiumMember: true,
    ikubossDeclared: true,
    inviteCode: 'CARE7946',
  },
  {
    municipalityCode: '462187',
    name: 'ひおきケアネット株式会社（架空）',
    industry: 'medical_welfare',
    sizeBand: '100-299',
    consortiumMember: true,
    ikubossDeclared: false,
    inviteCode: 'HKCN3467',
  },
  {
    municipalityCode: '462187',
    name: '吹上浜デジタル合同会社（架空）',
    industry: 'information_communications',
    sizeBand: '10-29',
    consortiumMember: true,
    ikubossDeclared: true,
  },
  {
    municipalityCode: '462187',
    name: '株式会社いりき建設（架空）',
    industry: 'construction',
    sizeBand: '30-99',
    consortiumMember: false,
    ikubossDeclared: false,
  },
  {
    municipalityCode: '462012',
    name: '株式会社さくらじま物流（架空）',
    industry: 'transport_postal',
    sizeBand: '100-299',
    consortiumMember: true,
    ikubossDeclared: true,
  },
  {
    municipalityCode: '223417',
    name: '株式会社わくわく商店（架空）',
    industry: 'wholesale_retail',
    sizeBand: '1-9',
    consortiumMember: false,
    ikubossDeclared: false,
  },
];

export interface DemoPerson {
  email: string;
  displayName: string;
  nickname?: string;
  birthYear?: number;
  role:
    | 'worker'
    | 'family'
    | 'coordinator'
    | 'supervisor'
    | 'employer_admin'
    | 'city_staff'
    | 'network_admin'
    | 'childcare_staff'
    | 'facility_staff'
    | 'programme_staff'
    | 'participant';
  municipalityCode: string | null;
  organizationName?: string;
  licence?: { type: LicenceType; number: string; verified: boolean };
  consented?: boolean;
}

const at = (local: string) => `${local}@demo.yorisoi.example`;

export const demoPeople: DemoPerson[] = [
  {
    email: at('network'),
    displayName: '網野 ひろみ（ネットワーク事務局）',
    role: 'network_admin',
    municipalityCode: null,
  },
  {
    email: at('city'),
    displayName: '日置 あおい（市職員）',
    role: 'city_staff',
    municipalityCode: '462187',
  },
  {
    email: at('supervisor'),
    displayName: '冬木 ちひろ（統括）',
    role: 'supervisor',
    municipalityCode: '462187',
    licence: { type: 'public_health_nurse', number: '2019001', verified: true },
  },
  {
    email: at('supervisor2'),
    displayName: '夏川 まどか（統括）',
    role: 'supervisor',
    municipalityCode: '462187',
    licence: { type: 'nurse', number: '2017088', verified: true },
  },
  {
    email: at('nurse'),
    displayName: '春野 さくら',
    role: 'coordinator',
    municipalityCode: '462187',
    licence: { type: 'nurse', number: '1020304', verified: true },
  },
  {
    email: at('phn'),
    displayName: '秋山 みのり',
    role: 'coordinator',
    municipalityCode: '462187',
    licence: { type: 'public_health_nurse', number: '2023042', verified: true },
  },
  {
    email: at('midwife'),
    displayName: '夏目 ひかり',
    role: 'coordinator',
    municipalityCode: '462187',
    licence: { type: 'midwife', number: '3031225', verified: false },
  },
  {
    email: at('employer'),
    displayName: '湯元 たけし（人事担当）',
    role: 'employer_admin',
    municipalityCode: '462187',
    organizationName: '株式会社ゆのもと食品（架空）',
  },
  {
    email: at('employer2'),
    displayName: '介護 ゆかり（総務担当）',
    role: 'employer_admin',
    municipalityCode: '462187',
    organizationName: 'ひおきケアネット株式会社（架空）',
  },
  {
    email: at('worker'),
    displayName: '伊集院 みさき',
    nickname: 'みー',
    birthYear: 1993,
    role: 'worker',
    municipalityCode: '462187',
    organizationName: '株式会社ゆのもと食品（架空）',
    consented: true,
  },
  {
    email: at('worker2'),
    displayName: '東 けんた',
    nickname: 'けん',
    birthYear: 1999,
    role: 'worker',
    municipalityCode: '462187',
    organizationName: 'ひおきケアネット株式会社（架空）',
    consented: true,
  },
  {
    email: at('worker3'),
    displayName: 'ひよこ',
    role: 'worker',
    municipalityCode: '462187',
    organizationName: '吹上浜デジタル合同会社（架空）',
    consented: false,
  },
  {
    email: at('family'),
    displayName: '伊集院 ゆうと',
    nickname: 'ゆうと',
    birthYear: 1991,
    role: 'family',
    municipalityCode: '462187',
    organizationName: '株式会社ゆのもと食品（架空）',
    consented: true,
  },
  {
    email: at('hoiku'),
    displayName: '保田 みのり（市職員・保育課）',
    role: 'childcare_staff',
    municipalityCode: '462187',
  },
  {
    email: at('hoikuen'),
    displayName: '園田 さとみ（ひまわり保育園（架空））',
    role: 'facility_staff',
    municipalityCode: '462187',
  },
  // 長泉わくキャリ (issue 17): its staff, a company's admin, a mother returning to work.
  {
    email: at('waku-staff'),
    displayName: '若葉 ゆかり（わくキャリ担当（架空））',
    role: 'programme_staff',
    municipalityCode: '223417',
  },
  {
    email: at('waku-company'),
    displayName: '商田 けんじ（わくわく商店（架空））',
    role: 'employer_admin',
    municipalityCode: '223417',
    organizationName: '株式会社わくわく商店（架空）',
  },
  {
    email: at('waku-mama'),
    displayName: '長泉 はるか（架空）',
    role: 'participant',
    municipalityCode: '223417',
  },
  // 日置市保育のおしごと支援センター (issue 17): its staff and a 保育士 coming back to work.
  {
    email: at('hioki-centre'),
    displayName: '保坂 あかね（保育のおしごと支援センター（架空））',
    role: 'programme_staff',
    municipalityCode: '462187',
  },
  {
    email: at('hioki-hoikushi'),
    displayName: '伊集院 みさき（架空）',
    role: 'participant',
    municipalityCode: '462187',
  },
  // The night pool between 日置市 and 鹿児島市 (issue 18): 鹿児島市's night nurse and
  // night supervisor on pool duty, who answer 日置市's people when no one of 日置市 can.
  {
    email: at('kagoshima-night'),
    displayName: '桜島 よる（鹿児島市・夜間）',
    role: 'coordinator',
    municipalityCode: '462012',
    licence: { type: 'nurse', number: '4040404', verified: true },
  },
  {
    email: at('kagoshima-night-lead'),
    displayName: '錦江 ともこ（鹿児島市・夜間統括）',
    role: 'supervisor',
    municipalityCode: '462012',
    licence: { type: 'public_health_nurse', number: '4050505', verified: true },
  },
  {
    email: at('kagoshima-city'),
    displayName: '天文 まさと（市職員）',
    role: 'city_staff',
    municipalityCode: '462012',
  },
];

/**
 * Four weeks of the 日置市 rota from the day the demo is seeded (Japan time): day and
 * evening are covered by two people, the night by one, so the coverage view shows the
 * night hours a municipality still has to fill.
 */
export function demoShifts(seededAt: Date) {
  const today = japanMidnight(japanTimeOf(seededAt).date).getTime();
  const pattern = [
    { email: at('nurse'), kind: 'on_duty', from: 9, to: 17 },
    { email: at('supervisor'), kind: 'on_call', from: 9, to: 17 },
    { email: at('phn'), kind: 'on_duty', from: 17, to: 25 },
    { email: at('supervisor'), kind: 'on_call', from: 17, to: 25 },
    { email: at('midwife'), kind: 'on_duty', from: 25, to: 33 },
  ] as const;
  return Array.from({ length: 28 }, (_, day) =>
    pattern.map((p) => ({
      email: p.email,
      kind: p.kind,
      startsAt: new Date(today + day * 86_400_000 + p.from * 3_600_000),
      endsAt: new Date(today + day * 86_400_000 + p.to * 3_600_000),
    })),
  ).flat();
}

/**
 * The 日置市 referral directory of the demo. Kinds of services a city has; the names are
 * generic and no phone numbers are given, so nothing points at a real office by mistake.
 */
export const demoReferralResources = [
  {
    type: 'community_comprehensive_support_center',
    name: '地域包括支援センター（デモ）',
    note: '高齢の家族の介護や介護保険の相談',
  },
  {
    type: 'children_family_center',
    name: 'こども家庭センター（デモ）',
    note: '妊娠・出産・子育ての相談',
  },
  {
    type: 'city_childcare_support',
    name: '市の子育て支援窓口（デモ）',
    note: '保育所の入所や一時預かり',
  },
  {
    type: 'regional_occupational_health_center',
    name: '地域産業保健センター（デモ）',
    note: '小規模事業所の働く人の健康相談',
  },
  { type: 'hello_work', name: 'ハローワーク（デモ）', note: '仕事探し、職業訓練' },
  {
    type: 'mental_health_welfare_center',
    name: '精神保健福祉センター（デモ）',
    note: 'こころの健康の専門相談',
  },
] as const;

/** Reply templates of the 日置市 care team. */
export const demoCannedReplies = [
  {
    title: '最初のごあいさつ',
    body: '{{name}}さん、ご相談ありがとうございます。担当の{{coordinator}}です。ゆっくりで大丈夫ですので、いまの状況を教えてください。',
  },
  {
    title: 'いったん終えるとき',
    body: 'お話しくださってありがとうございました。また気になることがあれば、いつでもここからご相談ください。',
  },
  {
    title: '緊急時のご案内',
    body: '命の危険を感じるときは、すぐに119番に電話してください。つらい気持ちを話したいときは、いのちの電話（0570-783-556）も24時間つながります。',
  },
] as const;
