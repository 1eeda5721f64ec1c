/** English messages of `job-centre.ts`, typed to the same keys as the Japanese. */
import type { MessageShape } from '../shape.ts';
import type { ja } from './job-centre.ts';

export const en: MessageShape<typeof ja> = {
  jobCentre: {
    date: '{{weekday}}, {{month}}/{{day}}/{{year}}',
    month: '{{month}}/{{year}}',
    figures: {
      title: 'The past year',
      period: '{{from}} to {{to}}',
      registered: 'Registered',
      introduced: 'Introduced',
      placed: 'Placed in work',
      referred: 'Referred by the health room',
      people: '{{count}}',
      cases: '{{count}}',
    },
    nurseries: {
      title: 'Nurseries',
      lead: 'Nurseries that could take more children with more staff (short of staff) come first.',
      short: 'Short of staff: {{count}} more needed',
      openings: '{{count}} openings',
      call: 'Call {{phone}}',
      flagLabel: 'Staff {{name}} lacks ({{month}})',
      flag: 'Record',
      flagged: '{{name}} marked short of {{count}} staff.',
      cleared: '{{name}} no longer marked short of staff.',
      hint: '0 clears the flag',
    },
    openings: {
      title: 'Openings',
      choose: 'Choose an opening',
      people: 'Seekers who suit this opening',
      none: 'No seeker meets this opening’s conditions.',
    },
    seekers: {
      title: 'Job seekers',
      choose: 'Choose a seeker',
      kinds: { nursery_teacher: 'Nursery teacher', childcare_assistant: 'Childcare assistant' },
      stages: { registered: 'Registered', introduced: 'Introduced', placed: 'Placed' },
      fromHealthRoom: 'From the health room',
      hours: '{{min}}–{{max}} h a week',
      suggestions: 'Openings that suit this person',
      none: 'No opening meets this person’s conditions.',
    },
    placements: {
      title: 'Introductions and placements',
      lead: 'Once the person agrees to an introduction, record the interview, offer and start.',
      none: 'No introductions yet.',
      waiting: 'Waiting for the person’s answer',
      step: {
        interview: 'Record interview',
        offer: 'Record offer',
        started: 'Record start (working from today)',
      },
      status: {
        proposed: 'Proposed',
        declined: 'Declined',
        accepted: 'Agreed',
        interview: 'Interview',
        offer: 'Offer',
        started: 'Working',
        completed: 'Completed',
        not_completed: 'Ended early',
      },
      recorded: '{{label}}: recorded “{{status}}”.',
    },
    score: 'Fit {{score}}',
    missing: 'What is missing',
    propose: 'Propose the introduction to the person',
    proposed: 'Proposed (waiting for the person)',
  },
};
