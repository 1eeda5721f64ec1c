import type {
  TPractice,
  TReportDraft,
  TReportPracticeRef,
  TUpdateReportDraft,
} from '@yorisoi/shared';

/** A practice as a proposal keeps it: what it said when it was linked. */
export const practiceRef = (p: TPractice): TReportPracticeRef => ({
  id: p.id,
  topic: p.topic,
  title: p.title,
  summary: p.summary,
  sourceNote: p.sourceNote,
});

/** The draft a new report starts with: the first recommended practices as proposals to write on. */
export function initialDraft(
  recommended: readonly TPractice[],
  nationalFigures: TReportDraft['nationalFigures'],
): TReportDraft {
  return {
    summary: '',
    findings: [],
    proposals: recommended.map((p) => ({ text: '', practice: practiceRef(p) })),
    ownText: '',
    nationalFigures,
  };
}

/**
 * The stored draft of an edit, or null when it cites what the report does not hold: a
 * table key that is not one of its released tables, or a practice that is neither linked
 * in the current draft nor in the municipality's library. A practice already linked keeps
 * the text it was linked with.
 */
export function draftFromInput(
  input: TUpdateReportDraft,
  known: {
    tableKeys: readonly string[];
    current: TReportDraft;
    library: ReadonlyMap<string, TPractice>;
  },
): TReportDraft | null {
  const linked = new Map(
    known.current.proposals.flatMap((p) => (p.practice ? [[p.practice.id, p.practice]] : [])),
  );
  const findings = input.findings.map((f) => ({ text: f.text, table: f.table }));
  if (findings.some((f) => f.table !== null && !known.tableKeys.includes(f.table))) return null;
  const proposals: TReportDraft['proposals'] = [];
  for (const p of input.proposals) {
    if (p.practiceId === null) {
      proposals.push({ text: p.text, practice: null });
      continue;
    }
    const fromLibrary = known.library.get(p.practiceId);
    const practice = linked.get(p.practiceId) ?? (fromLibrary ? practiceRef(fromLibrary) : null);
    if (!practice) return null;
    proposals.push({ text: p.text, practice });
  }
  return {
    summary: input.summary,
    findings,
    proposals,
    ownText: input.ownText,
    nationalFigures: [...new Set(input.nationalFigures)],
  };
}
