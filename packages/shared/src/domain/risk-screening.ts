/**
 * Screening of consultation messages for risk expressions (the crisis protocol of the
 * MHLW SNS-consultation guideline). Recall comes first: a hit only raises urgency and
 * opens the risk-assessment panel for a person to judge; it never decides anything.
 * Negations ("死にたいとは思わない") are still flagged on purpose.
 */
export const riskCategories = [
  'suicide',
  'self_harm',
  'harm_to_others',
  'abuse',
  'distress',
] as const;
export type RiskCategory = (typeof riskCategories)[number];
export type RiskLevel = 'none' | 'concern' | 'high';

interface RiskExpression {
  category: RiskCategory;
  level: Exclude<RiskLevel, 'none'>;
  /** Written in normalised form: hiragana, no spaces, no long-vowel marks. */
  patterns: readonly string[];
}

/**
 * Stems, not whole phrases, so that conjugations and endings match
 * (死にたい, 死にたくて, 死にたかった all share しにた).
 */
export const riskExpressions: readonly RiskExpression[] = [
  {
    category: 'suicide',
    level: 'high',
    patterns: [
      '死にた',
      'しにた',
      '氏にた',
      '4にた',
      '死のうと',
      '死んでしま',
      '死んだほうが',
      '死んだ方が',
      '死ねたら',
      '死なせて',
      '自殺',
      'じさつ',
      '自死',
      '消えた',
      'きえた',
      'いなくなりた',
      '居なくなりた',
      '生きていたくな',
      'いきていたくな',
      '生きていけな',
      '生きるのがつら',
      '生きているのがつら',
      '生きているのが辛',
      'いきているのがつら',
      'いきるのがつら',
      '生きるのが辛',
      '生きてるのがつら',
      '生きてるのが辛',
      '終わりにした',
      'おわりにした',
      '首をつ',
      '首を吊',
      '首吊',
      'くびつ',
      '飛び降り',
      'とびおり',
      '練炭',
      'れんたん',
      '遺書',
      'いしょをか',
      '楽になりた',
      'らくになりた',
      '殺して',
      'ころして',
      'この世から',
      '生まれてこなければ',
      'うまれてこなければ',
    ],
  },
  {
    category: 'self_harm',
    level: 'high',
    patterns: [
      'リストカット',
      'りすとかっと',
      'りすか',
      'リスカ',
      '手首を切',
      'てくびをき',
      '自傷',
      'じしょう',
      'おーばーどーず',
      'オーバードーズ',
      'おばど',
      '薬を大量',
      '薬をたくさん飲',
      '薬を全部飲',
      'くすりをぜんぶの',
      '切りたくな',
    ],
  },
  {
    category: 'harm_to_others',
    level: 'high',
    patterns: [
      '殺した',
      'ころした',
      '殺してしま',
      '殺しそう',
      'ころしそう',
      '道連れ',
      'みちづれ',
      '一緒に死',
      'いっしょにし',
    ],
  },
  {
    category: 'abuse',
    level: 'concern',
    patterns: [
      '虐待',
      'ぎゃくたい',
      '手をあげてしま',
      '手を上げてしま',
      '叩いてしま',
      'たたいてしま',
      '殴られ',
      'なぐられ',
      '暴力',
      'ぼうりょく',
      'DV',
      'でぃーぶい',
      '蹴られ',
      'けられ',
    ],
  },
  {
    category: 'distress',
    level: 'concern',
    patterns: [
      'もう限界',
      'もうげんかい',
      '限界です',
      '耐えられな',
      'たえられな',
      '眠れな',
      'ねむれな',
      '消えてしま',
      '誰にも相談でき',
      'だれにもそうだんでき',
      '助けて',
      'たすけて',
      '何もかも嫌',
      'なにもかもいや',
    ],
  },
];

/** Colloquial phrases that contain a risk stem but mean something harmless. */
const harmlessPhrases = [
  '死ぬほど',
  'しぬほど',
  '死ぬかと思',
  '自殺予防',
  '自殺対策',
  'けられない',
  '助けてもら',
  'たすけてもら',
  '助けてあげ',
];

function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

/**
 * NFKC (full-width letters and digits), spacing and punctuation removed, katakana folded
 * to hiragana and long-vowel marks dropped, so "シ ニ タ イ", "死に\u3000たい" and "しにたーい"
 * all read the same.
 */
export function normalizeForScreening(text: string): string {
  const compact = text
    .normalize('NFKC')
    .replace(/[\s\u3000・、。,.!?！？…‥「」『』（）()【】"'`~〜ー-]/g, '')
    .toLowerCase();
  return toHiragana(compact);
}

const normalizedExpressions = riskExpressions.map((e) => ({
  ...e,
  patterns: [...new Set(e.patterns.map(normalizeForScreening))],
}));
const normalizedHarmless = harmlessPhrases.map(normalizeForScreening);

export interface RiskScreening {
  level: RiskLevel;
  categories: RiskCategory[];
  /** The normalised stems that matched, for the coordinator's panel (never logged). */
  matches: string[];
}

export function screenForRisk(text: string): RiskScreening {
  let normalized = normalizeForScreening(text);
  for (const harmless of normalizedHarmless) normalized = normalized.split(harmless).join('／');
  const categories = new Set<RiskCategory>();
  const matches: string[] = [];
  let level: RiskLevel = 'none';
  for (const expression of normalizedExpressions) {
    for (const pattern of expression.patterns) {
      if (!normalized.includes(pattern)) continue;
      categories.add(expression.category);
      matches.push(pattern);
      if (expression.level === 'high' || level === 'none')
        level = expression.level === 'high' ? 'high' : 'concern';
    }
  }
  return { level, categories: [...categories], matches };
}
