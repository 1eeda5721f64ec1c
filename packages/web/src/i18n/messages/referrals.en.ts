/** English messages of `referrals.ts`, typed to the same keys as the Japanese. */
import type { MessageShape } from '../shape.ts';
import type { ja } from './referrals.ts';

export const en: MessageShape<typeof ja> = {
  referrals: {
    status: {
      proposed: 'Referred',
      contacted: 'Contacted',
      connected: 'Used',
      closed: 'Closed',
    },
    kinds: {
      resource: 'Services and support offices',
      facility: 'Childcare facilities',
      event: 'Events',
      programme: 'Work programmes and job placement',
    },
    agreement: {
      waiting: 'Waiting for the person’s agreement',
      given: 'Agreed by the person',
      ask: 'If this office may be told you were referred by the health room, press the button below. Nothing of what you said is passed on.',
      agree: 'I would like this referral',
      agreeTo: 'I would like the referral to {{name}}',
      agreed:
        'You agreed on {{date}}. The office is told only that you were referred by the health room, nothing of what you said.',
    },
    care: {
      title: 'Referrals',
      lead: 'The person sees the name, phone number and information page on their screen. A work programme hears of it only once the person agrees on their screen.',
      none: 'Nothing referred in this consultation yet.',
      open: 'Refer',
      close: 'Close',
      statusLabel: 'Status of {{name}}',
      changed: 'Status set to “{{status}}”.',
      added: 'Referred to “{{name}}”.',
    },
    picker: {
      title: 'Find a place to refer to',
      searchHint: 'By name or kind (for example: nursery, Hello Work, get-together)',
      noResults: 'Nothing matches.',
      groupEmpty: 'None',
      refer: 'Refer',
      referTo: 'Refer to {{name}}',
      already: 'Referred',
      alreadyTo: '{{name}}: referred',
    },
    person: {
      title: 'Places you were referred to',
      summary: 'Places you were referred to ({{count}})',
      lead: 'Contacts your counsellor suggested.',
      call: 'Call {{phone}}',
      page: 'Details',
      site: 'Website',
    },
    directory: {
      title: 'Referral directory',
      lead: 'Local services and support offices the care team can refer people to. Childcare facilities and events are referred to from their own records.',
      caption: 'Services and support offices',
      empty: 'Nothing in the directory yet.',
      name: 'Name',
      type: 'Kind',
      phone: 'Phone',
      url: 'Website',
      note: 'Note (the person sees it too)',
      noteShort: 'Note',
      contact: 'Contact',
      add: 'Add',
      addTitle: 'Add a service or support office',
      added: '“{{name}}” added.',
      required: 'Please fill this in',
      chooseType: 'Choose one',
    },
  },
};
