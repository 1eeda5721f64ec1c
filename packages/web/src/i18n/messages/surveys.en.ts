/** English messages of `surveys.ts`, typed to the same keys as the Japanese. */
import type { MessageShape } from '../shape.ts';
import type { ja } from './surveys.ts';

export const en: MessageShape<typeof ja> = {
  surveys: {
    title: 'Workplace surveys',
    workerLead:
      'Anonymous surveys for your workplace. Neither your employer nor the city can tell who answered what.',
    staffLead:
      'Create anonymous surveys and read their results. Figures about only a few people are not shown, so nobody can be singled out.',
    empty: 'No surveys yet.',
    period: '{{from}} – {{to}}',
    status: { scheduled: 'Not yet open', open: 'Open', closed: 'Closed' },
    answer: 'Answer',
    answered: 'You have answered. Thank you.',
    results: 'See results',
    createTitle: 'Create a survey',
    scale: {
      '1': 'Strongly disagree',
      '2': 'Disagree',
      '3': 'Neither',
      '4': 'Agree',
      '5': 'Strongly agree',
    },
    form: {
      title: 'Title',
      likert: 'Questions answered on a 1–5 scale (one per line)',
      likertHint: 'The choices are: {{labels}}.',
      texts: 'Free-text questions (one per line, optional)',
      textsHint: 'Free text is stored only after names, employers and the like are removed.',
      targets: 'Employers surveyed',
      ownOrganization: 'For the staff of {{name}}',
      opensOn: 'Opens on',
      closesOn: 'Closes on',
      dateHint: 'Japan time: open from midnight of the first day to the end of the last day.',
      privacy:
        'Answers are stored so that nobody can tell whose they are. Items with fewer than 10 respondents are not shown.',
      submit: 'Create',
      problems: {
        title: 'Please enter a title.',
        likert: 'Please enter at least one 1–5 question.',
        targets: 'Please choose the employers to survey.',
        dates: 'Please enter both dates (closing on or after opening).',
      },
    },
    answerLead:
      'Anonymous. Answers are stored without who gave them and shown only as totals of {{k}} or more people.',
    required: 'Please choose one.',
    textHint: 'Optional. Names and employers are removed automatically.',
    send: 'Send answers',
    thanks: 'Your answers were received. Thank you.',
    scope: {
      municipality: 'Totals over all respondents of the surveyed employers.',
      organization: 'Totals over your own staff only.',
    },
    tooFew: 'Not shown: fewer than {{k}} people have answered.',
    previous:
      'Showing the results of {{at}}. They will be updated once at least {{k}} more people have answered (so that a small difference cannot reveal anyone’s answers).',
    hidden: 'Not published',
    hiddenExplained:
      '"Not published" marks figures about fewer than {{k}} people, and figures hidden with them because they would let those be calculated.',
    choice: 'Choice',
    count: 'People',
    total: 'Total',
    noText: 'No free-text answers.',
    textWithheld:
      'Free-text answers are not shown for now: there are still too few of them, or too few new ones since the last view (so that nobody can tell who wrote what).',
  },
};
