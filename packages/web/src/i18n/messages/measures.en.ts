/** English messages of `measures.ts`, typed to the same keys as the Japanese. */
import type { MessageShape } from '../shape.ts';
import type { ja } from './measures.ts';

export const en: MessageShape<typeof ja> = {
  measures: {
    status: {
      not_started: 'Not started',
      in_progress: 'In progress',
      achieved: 'Achieved',
      revised: 'Revised',
    },
    fields: {
      areaNo: 'Area number',
      areaTitle: 'Area',
      title: 'Measure',
      text: 'What is done',
      ownerSection: 'Section in charge',
      status: 'Status',
      indicator: 'Figure',
    },
    countsLabel: 'Measures by status',
    countOf: '{{count}}',
    ownerSection: 'In charge: {{section}}',
    asOfSource: 'as of {{date}} · source: {{source}}',
    public: {
      title: '{{municipality}}: progress of the mayor’s measures',
      titleFallback: 'Progress of the mayor’s measures',
      lead: 'How far each of the mayor’s measures has got. Every figure shows its date and source.',
      empty: 'No measures are published yet.',
    },
    staff: {
      title: 'Measures',
      lead: 'Status changes and new figures are kept in the history (who, when, what) and shown on the public page at once.',
      status: 'Status',
      saveStatus: 'Save status',
      saved: 'Status saved.',
      addFigure: 'Add a figure',
      addFigureButton: 'Add figure',
      figureAdded: 'Figure added.',
      figureLabel: 'What is counted',
      figureValue: 'Value',
      figureUnit: 'Unit',
      figureUnitHint: 'e.g. people, neighbourhood associations, %',
      figureAsOf: 'As of',
      figureSource: 'Source',
      figureSourceHint: 'e.g. the city bulletin of February 2024',
      history: 'History',
      kinds: {
        created: 'Added',
        updated: 'Changed',
        indicator_added: 'Figure added',
      },
    },
  },
};
