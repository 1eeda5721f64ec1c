/** English messages of `reports.ts`, typed to the same keys as the Japanese. */
import type { MessageShape } from '../shape.ts';
import type { ja } from './reports.ts';

export const en: MessageShape<typeof ja> = {
  reports: {
    title: 'Reports',
    lead: 'Policy-proposal reports (city) and workplace-improvement reports (employers), built only from protected totals and good practices.',
    empty: 'No reports yet.',
    status: {
      draft: 'Draft',
      submitted: 'Awaiting approval',
      returned: 'Returned with comments',
      approved: 'Approved',
      published: 'Published',
    },
    kind: {
      policy: 'Policy-proposal report (whole city)',
      workplace: 'Workplace-improvement report',
    },
    createTitle: 'Create a report',
    form: {
      title: 'Title',
      kind: 'Kind',
      workplaceFor: 'Workplace-improvement report: {{name}}',
      submit: 'Create draft',
    },
    rule: 'Figures about fewer than {{k}} people, and figures that would let them be calculated, are not published.',
    submit: 'Ask for approval',
    approve: 'Approve',
    publish: 'Publish',
    pdf: 'Download PDF',
    recommendations: 'Recommended practices',
    source: 'Source: {{source}}',
  },
};
