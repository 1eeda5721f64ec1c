import type { QuestionnaireKind } from './questionnaires.ts';

/**
 * The wording of a questionnaire in one language: what is asked, each answer's label (by
 * item group, lowest value first) and each item, with where the wording comes from. Kept
 * per language so that a validated translation can be added without touching the scoring.
 */
export interface QuestionnaireWording {
  instructions: string;
  /** Answer labels per item group, in value order (min … max). */
  options: Readonly<Record<string, readonly string[]>>;
  items: Readonly<Record<string, string>>;
  /** Citation of the published wording (shown with the questionnaire). */
  source: string;
}

/**
 * The wordings the project holds, by instrument and language (BCP 47). Empty on purpose:
 * the research notes (next-wave.md §3) give the instruments' structure, scoring and
 * licences but not their exact item wording, and a validated questionnaire must not be
 * paraphrased. A wording is added here from the published source (国民生活基礎調査 for
 * K6, the ministry's 職業性ストレス簡易調査票 PDF, the translator's licensed text for PHQ-9
 * and GAD-7), with the source cited.
 */
export const questionnaireWordings: Partial<
  Record<QuestionnaireKind, Readonly<Record<string, QuestionnaireWording>>>
> = {};

/** Instruments whose Japanese translation needs the translator's written permission (村松). */
export const licensedTranslationKinds: ReadonlySet<QuestionnaireKind> = new Set(['phq9', 'gad7']);

/**
 * The language a questionnaire may be shown in to a reader of `locale`: that language when
 * a wording exists and its licence allows it (for PHQ-9/GAD-7 in Japanese: only once the
 * municipality recorded the translator's permission), else English when it exists, else
 * nothing (the questionnaire is not offered).
 */
export function questionnaireLanguageFor(
  kind: QuestionnaireKind,
  locale: string,
  {
    japanesePermitted,
    wordings = questionnaireWordings,
  }: {
    japanesePermitted: boolean;
    wordings?: typeof questionnaireWordings;
  },
): string | null {
  const available = wordings[kind] ?? {};
  const allowed = (language: string) =>
    available[language] !== undefined &&
    !(language === 'ja' && licensedTranslationKinds.has(kind) && !japanesePermitted);
  if (allowed(locale)) return locale;
  if (allowed('en')) return 'en';
  return null;
}
