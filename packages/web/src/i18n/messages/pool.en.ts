/** English messages of `pool.ts`, typed to the same keys as the Japanese. */
import type { MessageShape } from '../shape.ts';
import type { ja } from './pool.ts';

export const en: MessageShape<typeof ja> = {
  pool: {
    title: 'Night pool (network)',
    intro:
      'Consultations no one of the member municipalities took at night. You see only those you take; in the morning they go back to their own municipality.',
    notOnDuty: 'You are not on night pool duty now.',
    queue: 'Night queue',
    queueEmpty: 'No consultation is waiting now.',
    waitingSince: 'waiting since {{time}}',
    take: 'Take this consultation',
    mine: 'Consultations you hold',
    open: 'Open',
    messages: 'Messages',
    reply: 'Reply',
    send: 'Send',
    sent: 'Sent',
    emergency: 'Emergency numbers of this person’s municipality',
    noEmergency: 'No numbers are registered.',
    supervisors: 'Night team supervisors on duty: {{count}}',
    handover: 'Morning handover',
    handoverHint:
      'The summary the home team reads first: the situation, what you did, what comes next.',
    summary: 'Handover summary',
    handOver: 'Hand over with the summary',
    handedOver: 'Handed over. This consultation is no longer shown to you.',
    link: 'Night pool queue',
    nightTeam:
      'A coordinator of the network’s night team ({{licence}}) is answering you. In the morning, your own municipality’s team takes over.',
  },
};
