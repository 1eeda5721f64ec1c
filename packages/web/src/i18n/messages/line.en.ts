/** English messages of `line.ts`, typed to the same keys as the Japanese. */
import type { MessageShape } from '../shape.ts';
import type { ja } from './line.ts';

export const en: MessageShape<typeof ja> = {
  line: {
    settings: {
      title: 'LINE official account',
      lead: 'LINE is used only as the door and the bell. What people consult about never goes to LINE; it stays in Yorisoi.',
      demo: 'Demo settings. Not connected to a real LINE account.',
      notConfigured:
        'Not set up yet. Enter the Messaging API channel you created in LINE Developers.',
      usageTitle: 'Push messages this month',
      usage: '{{month}}: {{pushed}} of {{budget}}',
      usageSpent: 'This month’s limit is reached. Notices go by web push or e-mail instead.',
      usageNote:
        'When the limit is reached, notices go by web push or e-mail instead of LINE. Replies are not counted.',
      webhookUrl: 'Webhook URL (register it in LINE Developers)',
      formTitle: 'Channel',
      channelId: 'Channel ID',
      channelSecret: 'Channel secret',
      accessToken: 'Channel access token (long-lived)',
      keepSecret: 'Set. Enter a new one only to replace it (it is never shown).',
      tokenEnding: 'Set (ends in {{ending}}). Enter a new one only to replace it.',
      budget: 'Push messages per month (limit)',
      budgetHint: 'Match your plan (e.g. Communication plan: 200).',
      save: 'Save',
      saved: 'Saved.',
      updatedAt: 'Last changed: {{date}}',
    },
    me: {
      title: 'Notices on LINE',
      lead: 'When someone replies, LINE only says “You have a new message from the health room”. Nothing of the consultation goes to LINE.',
      notAvailable: 'Your municipality does not send notices on LINE.',
      linked: 'Linked to LINE (since {{date}})',
      blocked:
        'You blocked or removed the account on LINE, so nothing is sent now. Add it as a friend again to resume.',
      notLinked: 'Not linked to LINE.',
      howTo:
        'To link, add your municipality’s official account as a friend on LINE and open the link in its message; you can finish here.',
      linkReady: 'You came from LINE. Press the button to finish linking (within 10 minutes).',
      link: 'Link LINE',
      unlink: 'Unlink',
      unlinked: 'LINE is unlinked. Nothing will be sent there any more.',
    },
    profileCard: {
      title: 'Notices on LINE',
      lead: 'LINE can tell you that a reply is waiting, and nothing more.',
      open: 'Check the LINE link',
    },
  },
};
