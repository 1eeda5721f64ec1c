import { createDeidentifier, type Deidentifier, type KnownIdentifiers } from '@yorisoi/deidentify';

let shared: Promise<Deidentifier> | undefined;

/** One de-identifier per process: loading its dictionary takes about half a second. */
export function surveyDeidentifier(): Promise<Deidentifier> {
  shared ??= createDeidentifier();
  return shared;
}

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

/** Free text as it may be stored: de-identified first; empty answers are no answer. */
export async function deidentifyAnswer(
  text: string,
  known: KnownIdentifiers,
): Promise<string | null> {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return (await surveyDeidentifier()).deidentify(trimmed, known).text;
}
