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

  constructor(private readonly tokenizer: Tokenizer<IpadicFeatures>) {}

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
