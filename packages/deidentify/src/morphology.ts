import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji from 'kuromoji';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';

/** A kuromoji token with its offsets in the analysed string. */
export interface Token {
  surface: string;
  start: number;
  end: number;
  pos: string;
  pos1: string;
  pos2: string;
  pos3: string;
  known: boolean;
}

/**
 * Wraps the kuromoji tokenizer and exposes what the recognizers need: tokens with offsets,
 * and the IPADIC lexicon itself, so a word tagged as a common noun in context
 * (山下 "below the mountain") can still be recognised as a possible surname when a cue is present.
 */
export class Morphology {
  private readonly nameCache = new Map<string, NameReading>();
  /** Katakana readings of IPADIC's given names (ケンジ, ハルト) and family names (ワタナベ). */
  readonly givenNameReadings: ReadonlySet<string>;
  readonly surnameReadings: ReadonlySet<string>;

  private readonly tokenizer: Tokenizer<IpadicFeatures>;

  constructor(tokenizer: Tokenizer<IpadicFeatures>) {
    this.tokenizer = tokenizer;
    const readings = nameReadings(tokenizer);
    this.givenNameReadings = readings.given;
    this.surnameReadings = readings.surname;
  }

  tokenize(text: string): Token[] {
    const tokens: Token[] = [];
    let offset = 0;
    for (const raw of this.tokenizer.tokenize(text)) {
      const start = text.indexOf(raw.surface_form, offset);
      const at = start < 0 ? offset : start;
      const end = at + raw.surface_form.length;
      tokens.push({
        surface: raw.surface_form,
        start: at,
        end,
        pos: raw.pos,
        pos1: raw.pos_detail_1,
        pos2: raw.pos_detail_2,
        pos3: raw.pos_detail_3,
        known: raw.word_type === 'KNOWN',
      });
      offset = end;
    }
    return tokens;
  }

  /** Which personal-name readings IPADIC lists for this exact surface. */
  nameReading(surface: string): NameReading {
    const cached = this.nameCache.get(surface);
    if (cached) return cached;
    const reading: NameReading = { surname: false, given: false, place: false, common: false };
    const trie = this.tokenizer.viterbi_builder.trie as unknown as { lookup(key: string): number };
    const dictionary = this.tokenizer.token_info_dictionary as unknown as {
      target_map: Record<number, number[] | undefined>;
      getFeatures(id: string): string;
    };
    const trieId = trie.lookup(surface);
    for (const wordId of trieId >= 0 ? (dictionary.target_map[trieId] ?? []) : []) {
      // Feature strings start with the surface: 山下,名詞,固有名詞,人名,姓,…
      const [, , detail1, detail2, detail3] = dictionary.getFeatures(String(wordId)).split(',');
      if (detail2 === '人名' && detail3 === '姓') reading.surname = true;
      else if (detail2 === '人名') reading.given = true;
      else if (detail2 === '地域') reading.place = true;
      else if (detail1 === '一般' || detail1 === 'サ変接続') reading.common = true;
    }
    if (this.nameCache.size > 50_000) this.nameCache.clear();
    this.nameCache.set(surface, reading);
    return reading;
  }
}

// IPADIC's context ids of 名詞,固有名詞,人名,姓 and 名詞,固有名詞,人名,名.
const SURNAME_CONTEXT_ID = 1290;
const GIVEN_NAME_CONTEXT_ID = 1291;
// Each entry of kuromoji's token-info dictionary: left id, right id, cost (int16 each), feature offset (int32).
const ENTRY_BYTES = 10;

interface RawBuffer {
  buffer: Uint8Array;
}

/**
 * Collects the readings of the person-name entries by walking the token-info entries directly
 * (decoding every feature string through kuromoji takes seconds; this takes tens of milliseconds).
 * Kana and romaji names (ゆい, ハルト, Kenji) are recognised by these readings.
 */
function nameReadings(tokenizer: Tokenizer<IpadicFeatures>): {
  given: Set<string>;
  surname: Set<string>;
} {
  const dictionary = tokenizer.token_info_dictionary as unknown as {
    dictionary: RawBuffer;
    pos_buffer: RawBuffer;
  };
  const entries = dictionary.dictionary.buffer;
  const features = dictionary.pos_buffer.buffer;
  const view = new DataView(entries.buffer, entries.byteOffset, entries.byteLength);
  const decoder = new TextDecoder();
  const given = new Set<string>();
  const surname = new Set<string>();
  for (let at = 0; at + ENTRY_BYTES <= entries.length; at += ENTRY_BYTES) {
    const contextId = view.getInt16(at, true);
    if (contextId !== SURNAME_CONTEXT_ID && contextId !== GIVEN_NAME_CONTEXT_ID) continue;
    const start = view.getInt32(at + 6, true);
    const feature = decoder.decode(features.subarray(start, features.indexOf(0, start)));
    // 健二,名詞,固有名詞,人名,名,*,*,健二,ケンジ,ケンジ
    const fields = feature.split(',');
    if (fields[3] !== '人名') continue;
    const reading = fields[8];
    if (!reading || reading === '*') continue;
    (contextId === SURNAME_CONTEXT_ID ? surname : given).add(reading);
  }
  return { given, surname };
}

export interface NameReading {
  surname: boolean;
  given: boolean;
  place: boolean;
  common: boolean;
}

export function isPersonName(reading: NameReading): boolean {
  return reading.surname || reading.given;
}

/** Loads the IPADIC dictionary shipped with kuromoji (about a second; do it once per process). */
export async function loadMorphology(): Promise<Morphology> {
  const require = createRequire(import.meta.url);
  const dicPath = path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
  const tokenizer = await new Promise<Tokenizer<IpadicFeatures>>((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((error, built) => {
      if (error) reject(error);
      else resolve(built);
    });
  });
  return new Morphology(tokenizer);
}
