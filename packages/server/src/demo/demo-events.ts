import crypto from 'node:crypto';
import { findMunicipalityByWrittenCode } from '../municipalities/municipality-by-code.ts';
import { japanInstant, japanTimeOf, type EventKind } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { hashToken, newOpaqueToken } from '../platform/crypto/tokens.ts';
import { insertEvent, insertRegistration } from '../events/events.repository.ts';
import { sealContact } from '../events/registration-contact.ts';
import { listFacilities } from '../childcare/childcare-facilities.repository.ts';

interface DemoEvent {
  municipalityCode: string;
  kind: EventKind;
  title: string;
  description: string;
  /** Days from the seeding day, and the Japan clock times. */
  inDays: number;
  from: string;
  to: string;
  placeName: string | null;
  address: string | null;
  onlineUrl: string | null;
  childcareDetails: string | null;
  capacity: number;
  target: string;
  fee: string;
  /** Demo residents registered (beyond the capacity they wait). */
  registrations: number;
  /** The open-data ID of the demo facility holding it, shown on that facility's page. */
  hostSourceId?: string;
}

/**
 * A few events of each kind for 日置市 and 鹿児島市. Places are fictional and marked （架空）;
 * one event is full with a waiting list. Dates follow the seeding day, so the demo always
 * has upcoming events.
 */
export const demoEvents: DemoEvent[] = [
  {
    municipalityCode: '462187',
    kind: 'gathering',
    title: 'ひまわり保育園 園庭開放（0〜2歳）',
    description:
      '保育園の園庭とお部屋で、在園児といっしょに遊べます。\n入園を考えている方の見学も兼ねてどうぞ。',
    inDays: 6,
    from: '10:00',
    to: '11:00',
    placeName: 'ひまわり保育園（架空）',
    address: '鹿児島県日置市伊集院町郡100-1（架空）',
    onlineUrl: null,
    childcareDetails: null,
    capacity: 8,
    target: '0〜2歳のお子さんと保護者',
    fee: '無料',
    registrations: 3,
    hostSourceId: 'H001',
  },
  {
    municipalityCode: '462187',
    kind: 'gathering',
    title: '親子ふれあいつどい（0・1歳児）',
    description:
      'ふれあい遊びや手遊びをしながら、同じ月齢のお子さんのいるご家庭と交流します。\n保育士が子育ての相談にも応じます。',
    inDays: 4,
    from: '10:00',
    to: '11:30',
    placeName: '伊集院地域子育て支援センター（架空）',
    address: '鹿児島県日置市伊集院町（架空）',
    onlineUrl: null,
    childcareDetails: null,
    capacity: 5,
    target: '0・1歳児とその保護者',
    fee: '無料',
    registrations: 7,
  },
  {
    municipalityCode: '462187',
    kind: 'briefing',
    title: '保育所入所申込み説明会（4月入所）',
    description: '4月からの保育所等の入所申込みの流れ、必要な書類、選考の考え方を説明します。',
    inDays: 6,
    from: '18:30',
    to: '19:30',
    placeName: '日置市役所 伊集院庁舎 会議室（架空）',
    address: '鹿児島県日置市伊集院町（架空）',
    onlineUrl: 'https://meet.example/hioki-setsumeikai',
    childcareDetails: '別室で保育士がお預かりします（1歳以上、先着5人）',
    capacity: 30,
    target: '4月から保育所等の利用を考えている保護者',
    fee: '無料',
    registrations: 9,
  },
  {
    municipalityCode: '462187',
    kind: 'course',
    title: '離乳食講座（中期・後期）',
    description: '管理栄養士が、離乳食の進め方と取り分けの工夫をお話しします。試食があります。',
    inDays: 9,
    from: '10:00',
    to: '11:30',
    placeName: '東市来保健センター（架空）',
    address: '鹿児島県日置市東市来町（架空）',
    onlineUrl: null,
    childcareDetails: '講座の間、保育士がお子さんをお預かりします（先着6人）',
    capacity: 12,
    target: '生後7か月〜1歳頃のお子さんの保護者',
    fee: '材料費300円',
    registrations: 8,
  },
  {
    municipalityCode: '462187',
    kind: 'roundtable',
    title: '育休明けママ・パパ座談会',
    description: '職場復帰を控えた方、復帰した方が、両立の工夫や不安を話し合います。',
    inDays: 13,
    from: '19:30',
    to: '20:30',
    placeName: null,
    address: null,
    onlineUrl: 'https://meet.example/hioki-zadankai',
    childcareDetails: null,
    capacity: 8,
    target: '育休中・育休明けの保護者',
    fee: '無料',
    registrations: 3,
  },
  {
    municipalityCode: '462187',
    kind: 'consultation_day',
    title: '子育て・復職なんでも相談会',
    description: '保健師と就労支援の相談員が、子育てと仕事の両立について個別に相談に応じます。',
    inDays: 17,
    from: '13:00',
    to: '16:00',
    placeName: '吹上公民館（架空）',
    address: '鹿児島県日置市吹上町（架空）',
    onlineUrl: null,
    childcareDetails: '相談の間、保育士がお子さんをお預かりします',
    capacity: 6,
    target: '市内にお住まいの方',
    fee: '無料',
    registrations: 2,
  },
  {
    municipalityCode: '462187',
    kind: 'seminar',
    title: '復職準備セミナー：ブランクからの働き方',
    description: '短時間勤務やプロジェクト型の働き方など、ブランクのある方の働き方を紹介します。',
    inDays: 21,
    from: '10:00',
    to: '12:00',
    placeName: '日吉地域交流センター（架空）',
    address: '鹿児島県日置市日吉町（架空）',
    onlineUrl: null,
    childcareDetails: '未就学児をお預かりします（要予約）',
    capacity: 15,
    target: '復職・就労を考えている方',
    fee: '無料',
    registrations: 4,
  },
  {
    municipalityCode: '462012',
    kind: 'gathering',
    title: '親子つどいの広場 冬のつどい',
    description: '季節の歌やパネルシアターを親子で楽しみます。',
    inDays: 5,
    from: '10:30',
    to: '11:30',
    placeName: '北部親子つどいの広場（架空）',
    address: '鹿児島県鹿児島市（架空）',
    onlineUrl: null,
    childcareDetails: null,
    capacity: 15,
    target: '未就学児の親子',
    fee: '無料',
    registrations: 11,
  },
  {
    municipalityCode: '462012',
    kind: 'course',
    title: 'はじめての絵本講座',
    description: '年齢に合った絵本の選び方と、読み聞かせのコツを学びます。',
    inDays: 8,
    from: '10:00',
    to: '11:30',
    placeName: '中央子育て交流館（架空）',
    address: '鹿児島県鹿児島市（架空）',
    onlineUrl: null,
    childcareDetails: '講座の間、別室でお預かりします（6か月以上）',
    capacity: 20,
    target: '0〜3歳児の保護者',
    fee: '無料',
    registrations: 6,
  },
  {
    municipalityCode: '462012',
    kind: 'roundtable',
    title: 'パパの子育て座談会',
    description: '子育て中のお父さん同士で、仕事との両立や家事分担を話し合います。',
    inDays: 11,
    from: '10:00',
    to: '11:30',
    placeName: '南部地域子育て支援センター（架空）',
    address: '鹿児島県鹿児島市（架空）',
    onlineUrl: null,
    childcareDetails: 'お子さん連れで参加できます',
    capacity: 10,
    target: '子育て中のお父さん',
    fee: '無料',
    registrations: 3,
  },
  {
    municipalityCode: '462012',
    kind: 'briefing',
    title: '一時預かり事業 利用説明会',
    description: '一時預かりの対象、申込み方法、料金を説明します。',
    inDays: 7,
    from: '14:00',
    to: '15:00',
    placeName: '西部親子つどいの広場（架空）',
    address: '鹿児島県鹿児島市（架空）',
    onlineUrl: null,
    childcareDetails: null,
    capacity: 20,
    target: '未就学児の保護者',
    fee: '無料',
    registrations: 5,
  },
  {
    municipalityCode: '462012',
    kind: 'consultation_day',
    title: '子育て相談会（保健師・保育士）',
    description: '発達、食事、睡眠など、子育ての気になることを個別に相談できます。',
    inDays: 15,
    from: '13:30',
    to: '15:30',
    placeName: '東部地域子育て支援センター（架空）',
    address: '鹿児島県鹿児島市（架空）',
    onlineUrl: null,
    childcareDetails: null,
    capacity: 8,
    target: '未就学児の保護者',
    fee: '無料',
    registrations: 2,
  },
  {
    municipalityCode: '462012',
    kind: 'study_session',
    title: '働き方・職場改革ネットワーク 勉強会（オンライン）',
    description: '参加自治体の担当者が、両立支援と地域の雇用の取り組みを共有します。',
    inDays: 24,
    from: '15:00',
    to: '16:30',
    placeName: null,
    address: null,
    onlineUrl: 'https://meet.example/network-benkyokai',
    childcareDetails: null,
    capacity: 50,
    target: '自治体・企業の担当者',
    fee: '無料',
    registrations: 12,
  },
];

const demoFamilyNames = [
  '山下',
  '川畑',
  '前田',
  '有村',
  '東',
  '福留',
  '下園',
  '松元',
  '上村',
  '今村',
];

/**
 * Seeds the demo events with fictional registrations (addresses on `.example`), written
 * directly: the demo sends no mails. Runs with the demo seed, after the municipalities.
 */
export async function seedDemoEvents(ctx: AppContext): Promise<void> {
  const now = ctx.now();
  for (const demo of demoEvents) {
    const municipality = await findMunicipalityByWrittenCode(ctx.db, demo.municipalityCode);
    if (!municipality) continue;
    const date = japanTimeOf(new Date(now.getTime() + demo.inDays * 86_400_000)).date;
    await ctx.db.transaction(async (tx) => {
      const {
        municipalityCode: _code,
        inDays: _in,
        from,
        to,
        registrations,
        hostSourceId,
        ...values
      } = demo;
      const host = hostSourceId
        ? (await listFacilities(tx, { municipalityId: municipality.id })).find(
            (facility) => facility.sourceId === hostSourceId,
          )
        : undefined;
      const event = await insertEvent(
        tx,
        municipality.id,
        {
          ...values,
          startsAt: japanInstant(date, from),
          endsAt: japanInstant(date, to),
          childcare: demo.childcareDetails !== null,
          registrationOpensAt: null,
          registrationClosesAt: japanInstant(date, '00:00'),
          hostFacilityId: host?.id ?? null,
          published: true,
          createdBy: null,
        },
        now,
      );
      for (let i = 0; i < registrations; i++) {
        const id = crypto.randomUUID();
        const token = newOpaqueToken();
        const waiting = i >= demo.capacity;
        await insertRegistration(tx, {
          id,
          municipalityId: municipality.id,
          eventId: event.id,
          status: waiting ? 'waiting' : 'registered',
          waitingPosition: waiting ? i - demo.capacity + 1 : null,
          ...sealContact(
            ctx.keyring,
            id,
            {
              name: `${demoFamilyNames[i % demoFamilyNames.length]} さくら（架空）`,
              email: `resident${i + 1}.${event.id.slice(0, 6)}@demo.example`,
              phone: '',
            },
            token,
          ),
          adults: 1,
          children: i % 3 === 0 ? 2 : 1,
          cancelTokenHash: hashToken(token),
          clientRequestId: crypto.randomUUID(),
          statusChangedAt: now,
          createdAt: now,
        });
      }
    });
  }
}
