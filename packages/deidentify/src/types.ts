/** The ten kinds of personal information the de-identifier finds. */
export type EntityType =
  | 'PERSON'
  | 'PHONE'
  | 'EMAIL'
  | 'ADDRESS'
  | 'POSTAL_CODE'
  | 'ID'
  | 'URL_HANDLE'
  | 'DATE'
  | 'AGE'
  | 'ORGANIZATION';

export const ENTITY_TYPES: readonly EntityType[] = [
  'PERSON',
  'PHONE',
  'EMAIL',
  'ADDRESS',
  'POSTAL_CODE',
  'ID',
  'URL_HANDLE',
  'DATE',
  'AGE',
  'ORGANIZATION',
];

/** A detected span; start/end are UTF-16 indices into the original text, end exclusive. */
export interface Entity {
  type: EntityType;
  start: number;
  end: number;
}

/** A person the platform already knows (the consulting worker, a family member, a coordinator). */
export interface KnownPerson {
  familyName?: string;
  givenName?: string;
  /** Readings in hiragana or katakana; used for kana and romaji variants. */
  familyNameKana?: string;
  givenNameKana?: string;
  nicknames?: string[];
}

/** Identifiers passed in by the caller; each is found wherever it occurs, in any script or spacing. */
export interface KnownIdentifiers {
  persons?: KnownPerson[];
  /** Employer and other organisations tied to the person (full names and abbreviations). */
  organizations?: string[];
}

/**
 * How much a candidate is trusted when spans overlap:
 * validated patterns and caller-known identifiers beat rule-based structure, which beats morphology.
 */
export const Tier = { morphology: 1, structure: 2, validated: 3 } as const;
export type Tier = (typeof Tier)[keyof typeof Tier];

/** A candidate span in normalised-text coordinates, before merging. */
export interface Candidate extends Entity {
  tier: Tier;
}
