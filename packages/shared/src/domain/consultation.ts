/**
 * What people consult about. The codes are stored in the database and feed anonymous
 * statistics later, so they never change meaning; the labels are what people see.
 */
export const consultationTopics = [
  'physical_mental_health',
  'mental_health',
  'career',
  'childcare',
  'elder_care',
  'pregnancy_birth',
  'fertility_treatment',
  'menopause',
  'harassment',
  'work_style',
  'other',
] as const;
export type ConsultationTopic = (typeof consultationTopics)[number];

export const consultationTopicLabels = {
  physical_mental_health: { ja: '心身の健康', en: 'Physical and mental health' },
  mental_health: { ja: 'メンタル', en: 'Mental health' },
  career: { ja: 'キャリア', en: 'Career' },
  childcare: { ja: '育児', en: 'Childcare' },
  elder_care: { ja: '介護', en: 'Caring for a family member' },
  pregnancy_birth: { ja: '妊娠・出産', en: 'Pregnancy and birth' },
  fertility_treatment: { ja: '不妊治療', en: 'Fertility treatment' },
  menopause: { ja: '更年期', en: 'Menopause' },
  harassment: { ja: 'ハラスメント', en: 'Harassment' },
  work_style: { ja: '働き方', en: 'Ways of working' },
  other: { ja: 'その他', en: 'Other' },
} as const satisfies Record<ConsultationTopic, { ja: string; en: string }>;

/** queued: waiting for a coordinator; active: a coordinator took it; closed: finished. */
export const consultationStatuses = ['queued', 'active', 'closed'] as const;
export type ConsultationStatus = (typeof consultationStatuses)[number];

/** How the person would like to be helped. Video and booking are served by a later release. */
export const consultationPreferences = ['chat', 'video', 'booking'] as const;
export type ConsultationPreference = (typeof consultationPreferences)[number];

/** 0 routine … 3 emergency; raised by the crisis screening, never chosen by the person. */
export const maxUrgency = 3;

/** Who can write in a consultation: the person who consults and the care team. */
export const messageSenderRoles = ['worker', 'family', 'coordinator', 'supervisor'] as const;
export type MessageSenderRole = (typeof messageSenderRoles)[number];
/**
 * Who a line of the message log is from: a sender, or `system` for announcements of who
 * is in the conversation (a supervisor joined or left), whose body is a code the app translates.
 */
export const messageLogRoles = [...messageSenderRoles, 'system'] as const;
export type MessageLogRole = (typeof messageLogRoles)[number];

/** Long enough for a considered message, short enough to read on a phone. UTF-16 units. */
export const maxMessageLength = 4000;

/** What a system line of the message log says: `supervisor_joined:public_health_nurse`. */
export const systemMessageKinds = ['supervisor_joined', 'supervisor_left'] as const;
export type SystemMessageKind = (typeof systemMessageKinds)[number];

export function systemMessageBody(kind: SystemMessageKind, licence: string | null): string {
  return licence ? `${kind}:${licence}` : kind;
}

export function parseSystemMessageBody(
  body: string,
): { kind: SystemMessageKind; licence: string | null } | null {
  const [kind, licence] = body.split(':');
  if (!(systemMessageKinds as readonly string[]).includes(kind ?? '')) return null;
  return { kind: kind as SystemMessageKind, licence: licence ?? null };
}
