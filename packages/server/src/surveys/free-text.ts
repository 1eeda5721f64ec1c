import type { Deidentifier, KnownIdentifiers } from '@yorisoi/deidentify';

/** What the platform knows about a respondent, so it is removed wherever it appears. */
export function knownIdentifiersOf(respondent: {
  displayName: string;
  nickname: string | null;
  organizationName: string | null;
}): KnownIdentifiers {
  const [familyName, ...rest] = respondent.displayName.trim().split(/[\s\u3000]+/);
  const givenName = rest.join('') || undefined;
  return {
    persons: [
      {
        ...(familyName ? { familyName } : {}),
        ...(givenName ? { givenName } : {}),
        ...(respondent.nickname ? { nicknames: [respondent.nickname] } : {}),
      },
    ],
    organizations: respondent.organizationName ? [respondent.organizationName] : [],
  };
}

/**
 * Free text as it may be stored: de-identified first; empty answers are no answer.
 * `deidentifier` is the context's loader (AppContext.deidentifier): one dictionary per process.
 */
export async function deidentifyAnswer(
  text: string,
  { known, deidentifier }: { known: KnownIdentifiers; deidentifier: () => Promise<Deidentifier> },
): Promise<string | null> {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return (await deidentifier()).deidentify(trimmed, known).text;
}
