import { matchAll, type Analysis } from '../analysis.ts';
import { isPersonName, type Token } from '../morphology.ts';
import { HONORIFIC, NOT_AFTER_NAME, RELATION, ROLE_WORDS, TITLE } from '../vocabulary.ts';
import { kanaNameEnd, LOANWORD, isNameReading } from './kana-name.ts';
import { tokensIn } from './name-span.ts';

export interface Span {
  start: number;
  end: number;
}

/**
 * Words after which a name is introduced: family and work relations with their joiner
 * (夫の, 妻・, 息子（, 上の子は), the name labels (名前は, 表示名は「) and the writer (私は, 僕、).
 * After は or the writer, the name must be followed by a naming ending (です, といいます, って).
 */
// People written about in consultations besides family and bosses (RELATION is shared with the
// honorific rules, so these stay here).
const MORE_RELATIONS =
  'パートナー|工場長|支店長|次長|マネージャー|うち|(?:上|下)の(?:子|娘|息子)|ルームメイト|同居人|利用者|入居者|患者|生徒|園児|児童|オーナー|通訳|支援員|職員|同級生|クラスメイト|ママ友|パパ友|幼なじみ|親友|恋人|元カノ|元嫁|新人|実習生|技能実習生|社員|店員|スタッフ|リーダー|班長|監督|コーチ|先方';

const INTRODUCER = new RegExp(
  `(?:(${RELATION}|${MORE_RELATIONS})(の|、|・|:|\\(|は)?` +
    `|(名前|氏名|本名|表示名|ニックネーム|ユーザー名|アカウント名)(?:は|:|\\s)\\s?「?` +
    `|(私|僕|わたし|自分|俺)(は|、))\\s?`,
  'g',
);
const LOOSE_END = new RegExp(
  `^(?:[がはもとにをのやへ、。,.!?()」\\s]|$|${HONORIFIC}|って|という|といい|と申|です|でした|だけ|から|まで|より|と一緒)`,
);
const NAMING_END =
  /^(?:です|でした|と申|といい|と言い|っていう|って言|って|という|と名乗|[、。,.)」\s]|$)/;
/** Family words: after them, ordinary nature words (森, 光) are not taken as one-kanji names. */
const FAMILY =
  /^(?:夫|妻|主人|旦那|嫁|息子|娘|長男|長女|次男|次女|三男|三女|末っ子|子|母|父|義母|義父|義姉|義兄|義妹|義弟|兄|姉|弟|妹|孫|祖母|祖父|叔母|叔父|伯母|伯父|甥|姪|うち|(?:上|下)の(?:子|娘|息子))$/;

interface NameContext {
  bracketed: boolean;
  family: boolean;
}

const KANJI = /^[\p{Script=Han}々ヶ]+$/u;
const TITLE_EXACT = new RegExp(`^(?:${TITLE}|${HONORIFIC})$`);

/** Single kanji that follow 夫の/娘の as ordinary nouns, even where IPADIC also lists them as names. */
const COMMON_SINGLE_KANJI = new Set(
  (
    '家車服靴歯目手足顔頭声体肩腰首腕胸心夢話事件方為中分前後上下横間時日年月代頃薬塾店職金物食会部課係' +
    '席机側子嫁婿親孫兄姉弟妹母父夫妻癖咳便尿血肌髪病傷涙汗息命番式朝夜昼晩今昔熱具絵字名水米酒茶鍵傘' +
    '本指爪骨肺胃腸脳耳鼻口喉舌唇額頬背尻膝肘鞄杖墓畑嘘鼾罪恋夜姿影跡型順案点線面量額値率性感力気色形音味香' +
    '財布靴傘帽箸皿鍋釜床壁窓門庭畳布紙札印判証票券表図例件場席台棚箱袋瓶缶鏡櫛針糸紐綱網'
  ).split(''),
);
// 海, 空, 光, 桜 are given names often enough after 娘の; 森, 川, 石 are not.
const NATURE_KANJI = new Set('森林山川雨風草木石土'.split(''));

export function introducedNames(analysis: Analysis): Span[] {
  const spans: Span[] = [];
  for (const match of matchAll(INTRODUCER, analysis.text)) {
    const first = analysis.tokens[analysis.tokenIndexAt[match.index] ?? -1];
    if (!first || first.start !== match.index) continue;
    const start = match.index + match[0].length;
    // 課長にいつも, 上の子たち: kana right after a bare relation word is a particle or a suffix.
    if (match[1] && !match[2] && /[ぁ-ゖ]/.test(analysis.text[start] ?? '')) continue;
    const strict = match[2] === 'は' || match[4] !== undefined;
    const endsName = (rest: string): boolean => (strict ? NAMING_END : LOOSE_END).test(rest);
    const context: NameContext = {
      bracketed: match[2] === '(',
      family: match[1] !== undefined && FAMILY.test(match[1]),
    };
    const span = nameAt(analysis, start, endsName, context);
    if (span) spans.push(span);
  }
  return spans;
}

function nameAt(
  analysis: Analysis,
  start: number,
  endsName: (rest: string) => boolean,
  context: NameContext,
): Span | undefined {
  const { text } = analysis;
  const first = text[start] ?? '';
  let end: number | undefined;
  if (/[\p{Script=Han}々]/u.test(first)) end = kanjiNameEnd(analysis, start, context);
  else if (/[ぁ-ゖ]/.test(first)) end = hiraganaNameEnd(analysis, start, endsName);
  else if (/[\p{Script=Katakana}]/u.test(first) && first !== '・')
    end = katakanaNameEnd(analysis, start, endsName);
  else if (/[A-Z]/.test(first))
    end = /^[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}/.exec(text.slice(start))?.[0].length;
  if (end === undefined) return undefined;
  if (first === 'ー' || end <= start) return undefined;
  const absoluteEnd = /[A-Z]/.test(first) ? start + end : end;
  if (!endsName(text.slice(absoluteEnd, absoluteEnd + 6))) return undefined;
  if (NOT_AFTER_NAME.test(text.slice(absoluteEnd, absoluteEnd + 4))) return undefined;
  return { start, end: absoluteEnd };
}

/**
 * 健二, 優斗, 律: a run of up to four kanji that is a name in IPADIC, unknown to it, or begins with
 * a name without being an ordinary word as a whole (健康 begins with 健 but is a word).
 */
function kanjiNameEnd(analysis: Analysis, start: number, context: NameContext): number | undefined {
  const { text, morphology } = analysis;
  const tokens: Token[] = [];
  for (const token of tokensIn(analysis, start, start + 5)) {
    const expected = tokens.length ? (tokens[tokens.length - 1] as Token).end : start;
    if (token.start !== expected || !KANJI.test(token.surface)) break;
    if (ROLE_WORDS.has(token.surface) || TITLE_EXACT.test(token.surface)) break;
    if (token.pos1 === '数' || (tokens.length === 0 && token.pos1 === '接尾')) break;
    if (token.end - start > 4) break;
    tokens.push(token);
  }
  // 恵|も read as the verb 恵む: a given-name kanji glued to a particle.
  const head = analysis.tokens[analysis.tokenIndexAt[start] ?? -1];
  if (
    tokens.length === 0 &&
    head?.start === start &&
    /^[\p{Script=Han}][ぁ-ゖ]/u.test(head.surface)
  ) {
    const kanji = head.surface[0] as string;
    const particle = /^[がはもと]/.test(head.surface.slice(1));
    return particle && morphology.nameReading(kanji).given ? start + 1 : undefined;
  }
  const last = tokens[tokens.length - 1];
  if (!last) return undefined;
  let end = last.end;
  // 咲|良から: IPADIC glues a name's last kanji to the kana after it (良から as an adjective).
  const glued = /^[\p{Script=Han}](?=[ぁ-ゖ])/u.exec(text.slice(end, end + 2));
  if (glued && end - start < 4 && isPersonName(morphology.nameReading(tokens[0]?.surface ?? '')))
    end += 1;
  if (/[\p{Script=Han}]/u.test(text[end] ?? '')) return undefined;
  if (end !== last.end) return end;
  const surface = text.slice(start, last.end);
  const whole = morphology.nameReading(surface);
  const tagged = tokens.some((t) => t.pos1 === '固有名詞' && t.pos2 === '人名');
  const unknown = tokens.some((t) => !t.known);
  const firstReading = morphology.nameReading((tokens[0] as Token).surface);
  const rest = text.slice(last.end, last.end + 4);
  if (surface.length === 1) {
    if (!context.bracketed && COMMON_SINGLE_KANJI.has(surface)) return undefined;
    if (!context.bracketed && context.family && NATURE_KANJI.has(surface)) return undefined;
    // 雫, 紬: not in IPADIC as names, but nothing else one kanji long follows 娘の and takes が.
    return isPersonName(whole) || tagged || context.bracketed || SUBJECT_END.test(rest)
      ? last.end
      : undefined;
  }
  let nameEnd: number | undefined;
  // 浮気 is also a place name and 希望 a word; 康平 and 和子 are words that are mostly given names,
  // 山田 and 大橋 words that are family names (taken unless a family word introduces them).
  const wordName = whole.given || (whole.surname && !context.family);
  if (tagged || unknown || (isPersonName(whole) && (!whole.common || wordName))) nameEnd = last.end;
  else if (isPersonName(firstReading) && !whole.common && !whole.place) nameEnd = last.end;
  // 工場長の下園が: a place name followed by が or さん is a family name.
  else if (whole.place && !whole.common && SUBJECT_END.test(rest)) nameEnd = last.end;
  return nameEnd === undefined ? undefined : givenNameAfterSpace(analysis, nameEnd);
}

const SUBJECT_END = /^(?:[がはもと、]|から|さん|ちゃん|くん|君|様|って|という|です)/;

/** 中山 結菜: a given name one space after the family name belongs to the same name. */
function givenNameAfterSpace(analysis: Analysis, end: number): number {
  const given = /^[ \u3000]([\p{Script=Han}々]{1,3})(?![\p{Script=Han}])/u.exec(
    analysis.text.slice(end, end + 5),
  );
  if (!given) return end;
  const reading = analysis.morphology.nameReading(given[1] as string);
  const tokens = tokensIn(analysis, end + 1, end + 1 + (given[1] as string).length);
  const nameLike =
    isPersonName(reading) || tokens.some((t) => !t.known || t.pos2 === '人名' || t.pos2 === '地域');
  return nameLike && !reading.common ? end + given[0].length : end;
}

function hiraganaNameEnd(
  analysis: Analysis,
  start: number,
  endsName: (rest: string) => boolean,
): number | undefined {
  const byReading = kanaNameEnd(analysis, start, endsName);
  // ゆう|と|が: two particles in a row do not occur, so the first one ends the name (ゆうと).
  if (byReading !== undefined)
    return /^[とやにへ][がもを、。]/.test(analysis.text.slice(byReading, byReading + 2))
      ? byReading + 1
      : byReading;
  // ゆいな, こはる: not every hiragana name is in IPADIC; take the run up to a particle.
  let end = start;
  for (const token of tokensIn(analysis, start, start + 8)) {
    if (!/^[ぁ-ゖー]+$/.test(token.surface)) break;
    if (['助詞', '助動詞', '形容詞', '動詞', '副詞', '連体詞', '接続詞'].includes(token.pos)) break;
    if (['非自立', '代名詞', '副詞可能', '数', '接尾'].includes(token.pos1)) break;
    end = token.end;
  }
  // たっくん, ゆっちゃん: a nickname cut before its suffix keeps it.
  const nickname = /^っ?(?:くん|ちゃん)/.exec(analysis.text.slice(end, end + 4));
  if (analysis.text[end - 1] === 'っ' && nickname) end += nickname[0].length;
  const surface = analysis.text.slice(start, end);
  if (surface.length < 2 || ROLE_WORDS.has(surface)) return undefined;
  return end;
}

/** ケンタ, アンナ, プトゥリ: katakana that reads as a name, or that IPADIC does not know and is no loanword. */
function katakanaNameEnd(
  analysis: Analysis,
  start: number,
  endsName: (rest: string) => boolean,
): number | undefined {
  const byReading = kanaNameEnd(analysis, start, endsName);
  if (byReading !== undefined) return byReading;
  let end = start;
  while (/[\p{Script=Katakana}ー・]/u.test(analysis.text[end] ?? '')) end++;
  const surface = analysis.text.slice(start, end).replace(/・$/, '');
  end = start + surface.length;
  if (surface.length < 2 || LOANWORD.test(surface) || ROLE_WORDS.has(surface)) return undefined;
  const parts = surface.split('・');
  if (parts.some((part) => isNameReading(analysis, part))) return end;
  const tokens = tokensIn(analysis, start, end);
  const unknownOrProper = tokens.every((t) => !t.known || t.pos1 === '固有名詞');
  // アナ|リン: short known pieces glued together are a name IPADIC does not have (not デイ|サービス).
  const shortPieces =
    tokens.length > 1 && surface.length <= 6 && tokens.every((t) => t.surface.length <= 3);
  return unknownOrProper || shortPieces ? end : undefined;
}
