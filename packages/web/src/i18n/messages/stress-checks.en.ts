/** English messages of `stress-checks.ts`, typed to the same keys as the Japanese. */
import type { MessageShape } from '../shape.ts';
import type { ja } from './stress-checks.ts';

export const en: MessageShape<typeof ja> = {
  stressChecks: {
    title: 'Stress checks',
    lead: 'The group analysis of each period. Individual results are shown to no one but the worker (not the company, not the city).',
    empty: 'No stress-check period yet.',
    period: 'Period {{from}} – {{to}}',
    status: { scheduled: 'Not started', open: 'Open for answers', closed: 'Closed' },
    beforeClose:
      'The group analysis is shown once the period is over (so that figures from before and after a few answers cannot be compared to learn anyone’s answers).',
    tooFew: 'Fewer than {{k}} people answered, so no group analysis can be shown.',
    groupAnalysis: 'Group analysis',
    group: 'Group',
    wholeOrganization: 'Whole workplace',
    respondents: 'Respondents',
    meanA: 'Stressors',
    meanB: 'Reactions',
    meanC: 'Support',
    withheld: 'Not shown',
    withheldExplained:
      '“Not shown” marks departments with fewer than {{k}} respondents, and those hidden with them because the whole minus the rest would give their size or means. Their size is not shown either.',
    scaleNote:
      'Figures are mean points by the ministry’s total-score method (job stressors, stress reactions, support at work; higher means more stress in each). The job stress chart is not shown: its national reference values have not been confirmed.',
    people: '{{n}}',
  },
};
