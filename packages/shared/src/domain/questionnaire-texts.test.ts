import { describe, expect, it } from 'vitest';
import { questionnaireLanguageFor, type QuestionnaireWording } from './questionnaire-texts.ts';

const wording: QuestionnaireWording = { instructions: 'x', options: {}, items: {}, source: 's' };
const wordings = { phq9: { ja: wording, en: wording }, k6: { ja: wording } };

describe('questionnaireLanguageFor', () => {
  it('shows PHQ-9 in Japanese only once the translator’s permission is recorded, English before', () => {
    expect(questionnaireLanguageFor('phq9', 'ja', { japanesePermitted: false, wordings })).toBe(
      'en',
    );
    expect(questionnaireLanguageFor('phq9', 'ja', { japanesePermitted: true, wordings })).toBe(
      'ja',
    );
  });

  it('needs no permission for K6, and offers nothing where no wording exists', () => {
    expect(questionnaireLanguageFor('k6', 'ja', { japanesePermitted: false, wordings })).toBe('ja');
    expect(questionnaireLanguageFor('k6', 'vi', { japanesePermitted: false, wordings })).toBeNull();
    expect(
      questionnaireLanguageFor('gad7', 'ja', { japanesePermitted: true, wordings }),
    ).toBeNull();
  });
});
