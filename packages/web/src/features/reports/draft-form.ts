import {
  ZUpdateReportDraft,
  type TPractice,
  type TReport,
  type TUpdateReportDraft,
} from '@yorisoi/shared';

/** The editor's state: the edit the draft would send, rows keyed for React. */
export interface DraftForm {
  title: string;
  summary: string;
  findings: { key: number; text: string; table: string | null }[];
  proposals: { key: number; text: string; practiceId: string | null }[];
  ownText: string;
  nationalFigures: TUpdateReportDraft['nationalFigures'];
}

let nextKey = 0;
export const rowKey = () => ++nextKey;

/** The form for a report, with a practice to add as a new proposal (from the library page). */
export function formOf(report: TReport, addPractice: string | null): DraftForm {
  const proposals = report.draft.proposals.map((p) => ({
    key: rowKey(),
    text: p.text,
    practiceId: p.practice?.id ?? null,
  }));
  if (addPractice && !proposals.some((p) => p.practiceId === addPractice)) {
    proposals.push({ key: rowKey(), text: '', practiceId: addPractice });
  }
  return {
    title: report.title,
    summary: report.draft.summary,
    findings: report.draft.findings.map((f) => ({ key: rowKey(), ...f })),
    proposals,
    ownText: report.draft.ownText,
    nationalFigures: report.draft.nationalFigures,
  };
}

export const editOf = (form: DraftForm, revision: number) =>
  ZUpdateReportDraft.safeParse({
    revision,
    title: form.title,
    summary: form.summary,
    findings: form.findings.map(({ text, table }) => ({ text, table })),
    proposals: form.proposals.map(({ text, practiceId }) => ({ text, practiceId })),
    ownText: form.ownText,
    nationalFigures: form.nationalFigures,
  });

/** Practices to choose from: the library, and any already linked that it no longer holds. */
export function practiceChoices(
  report: TReport,
  library: readonly TPractice[],
): { id: string; title: string; summary: string; sourceNote: string }[] {
  const linked = report.draft.proposals.flatMap((p) => (p.practice ? [p.practice] : []));
  const ids = new Set(library.map((p) => p.id));
  return [...library, ...linked.filter((p) => !ids.has(p.id))];
}
