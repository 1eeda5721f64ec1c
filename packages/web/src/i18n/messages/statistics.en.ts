/** English messages of `statistics.ts`, typed to the same keys as the Japanese. */
import type { MessageShape } from '../shape.ts';
import type { ja } from './statistics.ts';

export const en: MessageShape<typeof ja> = {
  statistics: {
    title: {
      city: 'Consultation statistics (whole city)',
      employer: 'Consultation statistics (your organisation)',
    },
    lead: '{{from}} to {{to}} (a month is added once it is over). Every figure counts distinct persons (each person once).',
    protection:
      'So that nobody can be identified, groups smaller than the minimum your municipality set are shown as “—” and not published, and some other groups are hidden too so that they cannot be worked out from totals. A group is also hidden when comparing with an earlier release would reveal a few people.',
    persons: 'Persons',
    total: 'Total (distinct persons)',
    updating:
      'Records of this period have changed. The current figures are being prepared; until then the table released before is shown.',
    outsideHoursHint: 'How much need arrives outside office hours (weekdays 8:30–17:15).',
    hidden: {
      word: 'not published',
      note: '—: not published (groups of fewer than {{k}} people, and groups from which they could be worked out)',
      chart: {
        line: 'Where a line breaks, the month is not published (it is not zero).',
        bar: 'Hatched bands are groups not published (they show no number).',
        heatmap: 'Cells without colour are not published (they are not zero).',
        stacked: 'Groups missing from a stack are not published (they are not zero).',
      },
    },
    coarser: {
      explain:
        '{{hidden}} of the {{cells}} groups of this table are not published: splitting by month or topic leaves few people in each. Under the same rule (groups under {{k}} are not published), grouping periods or topics shows more.',
      chosen:
        'Showing a grouped table. The rule is the same: a group that would reveal a few people by comparison with earlier figures stays unpublished.',
      showing: 'Showing: {{view}}',
      back: 'Back to the original table',
      views: {
        quarter: 'By quarter',
        halfYear: 'By half-year',
        topicGroup: 'Topics in areas',
        topicGroupQuarter: 'Areas by quarter',
        weekday: 'By weekday only',
        hour: 'By hour only',
        referralType: 'By referral only',
        outcome: 'By outcome only',
        consortium: 'The whole consortium',
      },
      consortiumExplain:
        'Figures of the whole consortium (every member employer). Groups hidden in your own table may be shown here, since more people are counted.',
    },
    settings: {
      link: 'Publication settings',
      title: 'Statistics publication settings',
      lead: 'The smallest group statistics may show. Smaller groups get no number on screen, in files or in reports.',
      back: 'Back to statistics',
    },
    k: {
      title: 'Minimum group size (k)',
      current: 'This municipality hides groups of fewer than {{k}} people.',
      default:
        'Groups of fewer than {{k}} people are hidden (the default, as in stress-check group analysis).',
      label: 'New minimum group size',
      hint: 'A whole number from {{min}} to {{max}}. The change is audited and applies from the next table shown.',
      invalid: 'Please enter a whole number from {{min}} to {{max}}.',
      save: 'Change',
    },
    exportCsv: 'Save as CSV',
    exportXlsx: 'Save as Excel',
    tables: {
      topicTrend: 'Monthly trend by topic',
      lifeEvents: 'Life events',
      contactTimes: 'Weekday × hour (when people reached out)',
      timeBands: 'Office hours, evenings and holidays',
      referrals: 'Referrals and outcomes',
      satisfaction: 'Satisfaction',
    },
  },
};
