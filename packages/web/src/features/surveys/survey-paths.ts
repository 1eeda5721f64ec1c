import { paths } from '../../app/guards.ts';

export const surveyAnswerPath = (id: string) => `${paths.surveys}/${encodeURIComponent(id)}`;
export const surveyResultsPath = (id: string) =>
  `${paths.surveys}/${encodeURIComponent(id)}/results`;

/** Lines of a text area as questions: trimmed, empty lines dropped. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
