import { createAnalysis, type Recognizer } from './analysis.ts';
import { mergeCandidates } from './merge.ts';
import { loadMorphology, type Morphology } from './morphology.ts';
import { normalize, toOriginalSpan } from './normalize.ts';
import { recognizeAddresses } from './recognizers/address.ts';
import { bracketedAgeAfter, recognizeAges } from './recognizers/age.ts';
import { recognizeDates } from './recognizers/date.ts';
import { recognizeEmails } from './recognizers/email.ts';
import { createKnownRecognizer } from './recognizers/known.ts';
import { recognizeLabelledIds } from './recognizers/labelled-id.ts';
import { recognizeMyNumbers } from './recognizers/my-number.ts';
import { recognizeOrganizations } from './recognizers/organization.ts';
import { recognizePersons } from './recognizers/person.ts';
import { recognizePhones } from './recognizers/phone.ts';
import { recognizePostalCodes } from './recognizers/postal-code.ts';
import { recognizeUrlsAndHandles } from './recognizers/url.ts';
import { applyReplacements } from './replace.ts';
import { Tier, type Candidate, type Entity, type KnownIdentifiers } from './types.ts';

export interface DeidentifyResult {
  text: string;
  entities: Entity[];
}

export interface Deidentifier {
  /** Spans into the original text, sorted and non-overlapping. */
  detect(text: string, known?: KnownIdentifiers): Entity[];
  deidentify(text: string, known?: KnownIdentifiers): DeidentifyResult;
}

// Layers in order of trust: caller-known identifiers, validated patterns, structure, morphology.
const PATTERN_RECOGNIZERS: Recognizer[] = [
  recognizeEmails,
  recognizeUrlsAndHandles,
  recognizePhones,
  recognizePostalCodes,
  recognizeMyNumbers,
  recognizeLabelledIds,
  recognizeDates,
  recognizeAges,
  recognizeAddresses,
  recognizeOrganizations,
  recognizePersons,
];

// Compiling the variants of a caller's known names costs more than matching them; reuse per object.
const compiledKnown = new WeakMap<KnownIdentifiers, Recognizer>();
const noKnownIdentifiers: Recognizer = () => [];

function knownRecognizer(known: KnownIdentifiers | undefined): Recognizer {
  if (!known) return noKnownIdentifiers;
  let recognizer = compiledKnown.get(known);
  if (!recognizer) {
    recognizer = createKnownRecognizer(known);
    compiledKnown.set(known, recognizer);
  }
  return recognizer;
}

export function createDeidentifierWith(morphology: Morphology): Deidentifier {
  const detect = (text: string, known?: KnownIdentifiers): Entity[] => {
    if (text.length === 0) return [];
    const normalized = normalize(text);
    const analysis = createAnalysis(normalized.text, morphology);
    const recognizers = [knownRecognizer(known), ...PATTERN_RECOGNIZERS];
    const candidates = recognizers.flatMap((recognize) => recognize(analysis));
    const merged = mergeCandidates(
      [...candidates, ...agesAfterNames(normalized.text, candidates)],
      normalized.text,
    );
    return merged.map((c) => ({
      type: c.type,
      ...toOriginalSpan(normalized, c.start, c.end),
    }));
  };
  return {
    detect,
    deidentify(text, known) {
      const entities = detect(text, known);
      return { text: applyReplacements(text, entities), entities };
    },
  };
}

/** 翔太（５）: a bare number in brackets right after a detected name is that person's age. */
function agesAfterNames(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.flatMap((c) => {
    const span = c.type === 'PERSON' ? bracketedAgeAfter(text, c.end) : undefined;
    return span ? [{ type: 'AGE' as const, ...span, tier: Tier.validated }] : [];
  });
}

/** Loads the morphological dictionary once; the returned de-identifier is synchronous and reusable. */
export async function createDeidentifier(): Promise<Deidentifier> {
  return createDeidentifierWith(await loadMorphology());
}
