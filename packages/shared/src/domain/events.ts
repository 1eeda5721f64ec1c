/**
 * Events with registration (イベント): つどい, 講座, 座談会, 説明会, 相談会 of a city's childcare
 * section today; return-to-work seminars and network study sessions reuse the same events.
 * Residents register without an account; capacity counts registrations (組: a parent and
 * their children are one registration), and a full event takes further ones onto a
 * waiting list in the order they arrived.
 */
export const eventKinds = [
  'gathering',
  'course',
  'roundtable',
  'briefing',
  'consultation_day',
  'seminar',
  'study_session',
] as const;
export type EventKind = (typeof eventKinds)[number];

/** registered: holds a seat; waiting: in line for one; attended: recorded by staff afterwards. */
export const eventRegistrationStatuses = [
  'registered',
  'waiting',
  'cancelled',
  'attended',
] as const;
export type EventRegistrationStatus = (typeof eventRegistrationStatuses)[number];

/** What a resident may do with an event now, in the order the checks are made. */
export const eventRegistrationStates = ['open', 'not_yet', 'closed', 'over', 'cancelled'] as const;
export type EventRegistrationState = (typeof eventRegistrationStates)[number];

export const maxEventCapacity = 10_000;
export const maxPartySize = { adults: 10, children: 10 } as const;

/**
 * Whether registration is possible at `now`: an event called off, over (started), past
 * its closing time or not yet open says so; otherwise it is open (full or not: a full
 * event still takes people onto its waiting list).
 */
export function eventRegistrationState(
  event: {
    cancelled: boolean;
    startsAt: Date;
    registrationOpensAt: Date | null;
    registrationClosesAt: Date | null;
  },
  now: Date,
): EventRegistrationState {
  if (event.cancelled) return 'cancelled';
  if (now.getTime() >= event.startsAt.getTime()) return 'over';
  if (event.registrationClosesAt && now.getTime() >= event.registrationClosesAt.getTime()) {
    return 'closed';
  }
  if (event.registrationOpensAt && now.getTime() < event.registrationOpensAt.getTime()) {
    return 'not_yet';
  }
  return 'open';
}

export type EventContactProblem =
  | 'name_required'
  | 'name_too_long'
  | 'email_invalid'
  | 'phone_invalid'
  | 'adults_invalid'
  | 'children_invalid';

export interface EventContactInput {
  name: string;
  email: string;
  phone: string;
  adults: number;
  children: number;
}

/** Digits of a Japanese phone number as people type it (full-width digits, hyphens, spaces). */
export function normalizePhone(phone: string): string {
  return phone
    .normalize('NFKC')
    .replace(/[\s\-‐‑–—ー－()（）]/g, '')
    .trim();
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The one check of a registration's contact details, on the phone before sending and on
 * the server before anything is stored: each problem names its field.
 */
export function checkEventContact(input: EventContactInput): {
  field: keyof EventContactInput;
  problem: EventContactProblem;
}[] {
  const problems: { field: keyof EventContactInput; problem: EventContactProblem }[] = [];
  const name = input.name.trim();
  if (name === '' || /\p{Cc}/u.test(name))
    problems.push({ field: 'name', problem: 'name_required' });
  else if (name.length > 60) problems.push({ field: 'name', problem: 'name_too_long' });
  const email = input.email.trim();
  if (email.length > 254 || !emailPattern.test(email)) {
    problems.push({ field: 'email', problem: 'email_invalid' });
  }
  const phone = normalizePhone(input.phone);
  if (phone !== '' && !/^(0\d{9,10}|\+?81\d{9,10})$/.test(phone)) {
    problems.push({ field: 'phone', problem: 'phone_invalid' });
  }
  if (!Number.isInteger(input.adults) || input.adults < 1 || input.adults > maxPartySize.adults) {
    problems.push({ field: 'adults', problem: 'adults_invalid' });
  }
  if (
    !Number.isInteger(input.children) ||
    input.children < 0 ||
    input.children > maxPartySize.children
  ) {
    problems.push({ field: 'children', problem: 'children_invalid' });
  }
  return problems;
}

/** The kind's name in open data (イベント種類) and in Japanese mails. */
export const eventKindLabelsJa: Record<EventKind, string> = {
  gathering: 'つどい',
  course: '講座',
  roundtable: '座談会',
  briefing: '説明会',
  consultation_day: '相談会',
  seminar: 'セミナー',
  study_session: '勉強会',
};
