import type { TEventInput } from '@yorisoi/shared';

/** A valid, published event form starting `startsInMs` after `now`, two hours long. */
export function eventInputAt(
  now: Date,
  startsInMs: number,
  overrides: Partial<TEventInput> = {},
): TEventInput {
  const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
  return {
    kind: 'gathering',
    title: '親子つどい（架空）',
    description: '未就学児と保護者のふれあい遊びです。',
    startsAt: at(startsInMs),
    endsAt: at(startsInMs + 2 * 3_600_000),
    placeName: '中央公民館（架空）',
    address: '鹿児島県テスト市1-2-3',
    onlineUrl: null,
    childcare: true,
    childcareDetails: '1歳以上、先着5人',
    capacity: 3,
    registrationOpensAt: null,
    registrationClosesAt: null,
    target: '未就学児の親子',
    fee: '無料',
    hostFacilityId: null,
    published: true,
    ...overrides,
  };
}
