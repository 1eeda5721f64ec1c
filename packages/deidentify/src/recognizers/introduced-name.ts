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
  'パートナー|彼|工場長|支店長|次長|マネージャー|うち|(?:上|下)の(?:子|娘|息子)|ルームメイト|同居人|利用者|入居者|患者|生徒|園児|児童|オーナー|通訳|支援員|職員|同級生|クラスメイト|ママ友|パパ友|幼なじみ|親友|恋人|元カノ|元嫁|新人|実習生|技能実習生|社員|店員|スタッフ|リーダー|班長|監督|コーチ|先方|から来た|から来ました|出身の';

const INTRODUCER = new RegExp(
  `(?:(${RELATION}|${MORE_RELATIONS})(の|、|・|:|\\(|は)?` +
    `|(お名前|名前|相談者名|相談者|申込者|記入者|差出人|送信者|申請者|依頼者|届出人|宛名|名義|氏名|本名|表示名|ニックネーム|ユーザー名|アカウント名)(?:は|:|\\s)\\s?「?` +
    `|(私|僕|わたし|自分|俺)(は|、|\\())\\s?`,
  'g',
);
const LOOSE_END = new RegExp(
  `^(?:[がはもとにをのやへ、。,.!?()」\\s]|$|${HONORIFIC}|って|という|といい|と申|です|でした|だけ|から|まで|より|と一緒)`,
);
const NAMED_KANA =
  /^([ぁ-ゖー]{2,6}(?:[ \u3000][ぁ-ゖー]{2,6})?|[\p{Script=Katakana}ー]{2,8}(?:[ \u3000][\p{Script=Katakana}ー]{2,8})?)(?=っていい|っていう|って言|といい|と言い|と申|です|でした|[、。」]|$)/u;
const NAMING_END =
  /^(?:です|でした|と申|といい|と言い|っていう|って言|って|という|と名乗|[、。,.)」\s]|$)/;
/** Family words: after them, ordinary nature words (森, 光) are not taken as one-kanji names. */
const FAMILY =
  /^(?:彼|夫|妻|主人|旦那|嫁|息子|娘|長男|長女|次男|次女|三男|三女|末っ子|子|母|父|義母|義父|義姉|義兄|義妹|義弟|兄|姉|弟|妹|孫|祖母|祖父|叔母|叔父|伯母|伯父|甥|姪|うち|(?:上|下)の(?:子|娘|息子))$/;

interface NameContext {
  bracketed: boolean;
  family: boolean;
}

const KANJI = /^[\p{Script=Han}々ヶ]+$/u;
const TITLE_EXACT = new RegExp(`^(?:${TITLE}|${HONORIFIC})$`);

/** Single kanji that follow 夫の/娘の as ordinary nouns, even where IPADIC also lists them as names. */
const COMMON_SINGLE_KANJI = new Set(
  (
    '家宅車服靴歯目手足顔頭声体肩腰首腕胸心夢話事件方為中分前後上下横間時日年月代頃薬塾店職金物食会部課係' +
    '人者男女客皆達等' +
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
      bracketed: match[2] === '(' || match[5] === '(',
      family: match[1] !== undefined && FAMILY.test(match[1]),
    };
    // 名前はこのはっていいます: after 名前は the whole kana run before the naming ending is the name.
    const named = match[3] ? NAMED_KANA.exec(analysis.text.slice(start, start + 12)) : null;
    const span = named
      ? { start, end: start + (named[1] as string).length }
      : nameAt(analysis, start, endsName, context);
    if (!span) continue;
    spans.push(span);
    // 双子のあやとりょうが: a second name joined by と takes the same introduction.
    if (
      analysis.text[span.end] === 'と' &&
      !/^と(?:一緒|いっしょ|二人|2人|ふたり|は|も|の)/.test(
        analysis.text.slice(span.end, span.end + 4),
      )
    ) {
      const second = nameAt(analysis, span.end + 1, (rest) => JOINED_END.test(rest), context);
      if (second) spans.push(second);
    }
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
  // 息子（ゆうと）: kana filling the brackets after a family word is the name, however cut.
  const inBrackets = context.bracketed
    ? /^([ぁ-ゖー]{2,8}|[\p{Script=Katakana}ー・]{2,12})\)/u.exec(text.slice(start, start + 14))
    : null;
  if (inBrackets && !isKanaWord(analysis, start, start + (inBrackets[1] as string).length))
    return { start, end: start + (inBrackets[1] as string).length };
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
  // 一郎 is cut 一|郎 (a numeral first): a run of kanji that is a name as a whole is taken whole.
  const run = /^[\p{Script=Han}々]{2,4}/u.exec(text.slice(start, start + 4))?.[0] ?? '';
  for (let length = run.length; length >= 2; length--) {
    const reading = morphology.nameReading(run.slice(0, length));
    const after = text[start + length] ?? '';
    if (reading.given && !reading.common && !/[\p{Script=Han}]/u.test(after)) return start + length;
  }
  const tokens: Token[] = [];
  for (const token of tokensIn(analysis, start, start + 5)) {
    const expected = tokens.length ? (tokens[tokens.length - 1] as Token).end : start;
    if (token.start !== expected || !KANJI.test(token.surface)) break;
    if (ROLE_WORDS.has(token.surface) || TITLE_EXACT.test(token.surface)) break;
    // 息子（舞）: inside brackets even a word IPADIC reads as a suffix is the name.
    if (token.pos1 === '数' || (tokens.length === 0 && token.pos1 === '接尾' && !context.bracketed))
      break;
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
    const particle = /^(?:[がはもとにを]|から|って)/.test(text.slice(start + 1, start + 4));
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
    // 友人の森の中: a nature word followed by の is the place, not a person.
    if (NATURE_KANJI.has(surface) && !SUBJECT_END.test(rest)) return undefined;
    // 雫, 紬: not in IPADIC as names, but nothing else one kanji long follows 娘の and takes が.
    return isPersonName(whole) || tagged || context.bracketed || SUBJECT_END.test(rest)
      ? last.end
      : undefined;
  }
  let nameEnd: number | undefined;
  // 浮気 is also a place name and 希望 a word; 康平 and 和子 are words that are mostly given names,
  // 山田, 大和 and 大橋 words that are family names.
  const wordName = whole.given || whole.surname;
  if (tagged || unknown || (isPersonName(whole) && (!whole.common || wordName))) nameEnd = last.end;
  else if (isPersonName(firstReading) && !whole.common && !whole.place) nameEnd = last.end;
  // 結|菜: single kanji that make no word together, before が or さん or filling the brackets
  // after a family word (息子（結菜）), are a name IPADIC lacks.
  else if (
    tokens.every((t) => t.surface.length === 1) &&
    !whole.common &&
    !whole.place &&
    !whole.surname &&
    !whole.given &&
    (SUBJECT_END.test(rest) || (context.bracketed && rest.startsWith(')'))) &&
    !(context.family && tokens.some((t) => COMMON_SINGLE_KANJI.has(t.surface)))
  )
    nameEnd = last.end;
  // 工場長の下園が: a place name followed by が or さん is a family name.
  else if (whole.place && !whole.common && SUBJECT_END.test(rest)) nameEnd = last.end;
  return nameEnd === undefined ? undefined : givenNameAfterSpace(analysis, nameEnd);
}

// The second of two joined names ends the pair: が, は, も, の, を, に, で, だけ.
const JOINED_END = /^(?:[がはもにをで]|の(?![\p{Script=Han}])|だけ|、|が、)/u;
const SUBJECT_END = /^(?:[がはもとにをへ、]|から|さん|ちゃん|くん|君|様|って|という|です)/;

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
  const { text } = analysis;
  const nickname = /^[ぁ-ゖ]{1,3}っ(?:くん|ちゃん)/.exec(text.slice(start, start + 7));
  if (nickname) return start + nickname[0].length;
  const byReading = kanaNameEnd(analysis, start, endsName);
  if (
    byReading !== undefined &&
    !DOUBLE_PARTICLE.test(text.slice(byReading, byReading + 3)) &&
    !closedByParticleAtEnd(analysis, byReading)
  )
    return endsInTo(text, start, byReading) ? byReading + 1 : byReading;
  // ひま|り|が, ゆい|な|が, ゆう|と|です: not every hiragana name is in IPADIC, and IPADIC cuts
  // them anywhere (even into verbs, which cannot follow の). The name ends where grammar starts:
  // at the first particle or auxiliary that the rest of the sentence accepts.
  let runEnd = start;
  while (runEnd - start < 8 && /[ぁ-ゖー]/.test(text[runEnd] ?? '')) runEnd++;
  const tokens = tokensIn(analysis, start, runEnd).filter((t) => t.start >= start);
  const ends = tokens
    .filter((t) => t.start >= start + 2 && ['助詞', '助動詞', '接続詞'].includes(t.pos))
    .map((t) => t.start);
  for (const end of [...ends, runEnd]) {
    const rest = text.slice(end, end + 6);
    if (DOUBLE_PARTICLE.test(rest) || !endsName(rest)) continue;
    const surface = text.slice(start, end);
    if (surface.length > 5 || ROLE_WORDS.has(surface) || isWordOfItsOwn(tokens, end))
      return undefined;
    return closedByParticleAtEnd(analysis, end) ? undefined : end;
  }
  return undefined;
}

/**
 * 夫のゆうとは夜勤: ゆう reads as a name and とは as a particle, but so many given names end in と
 * (悠斗, 陽翔, 湊) that leaving the と would leave the name. と is taken along unless what follows
 * とは is about being with someone (さきとは仲がいい, あやとは連絡していない).
 */
function endsInTo(text: string, start: number, end: number): boolean {
  return (
    end - start <= 3 &&
    text.slice(end, end + 2) === 'とは' &&
    !WITH_SOMEONE.test(text.slice(end + 2, end + 8))
  );
}
const WITH_SOMEONE =
  /^(?:、|仲|一緒|いっしょ|話|連絡|会|別れ|違|関係|喧嘩|けんか|ケンカ|気が合|合わ|縁|疎遠|年|同じ|友|付き合|つきあ|もう|まだ|最近|ずっと|全然|あまり|口|電話|LINE|ライン)/;

/** 夫のことで at the very end: a span closed by a particle with nothing after it is no name. */
function closedByParticleAtEnd(analysis: Analysis, end: number): boolean {
  if (end !== analysis.text.length) return false;
  const last = analysis.tokens[analysis.tokenIndexAt[end - 1] ?? -1];
  return last !== undefined && ['助詞', '助動詞'].includes(last.pos);
}

// ゆう|と|が, ゆう|と|に, ゆう|と|です: と cannot be followed by another case ending, so it belongs
// to the name (とは is left out: さきとは仲がいい).
const DOUBLE_PARTICLE = /^[とやにへ](?:[がもをに、。)と]|です)/;

/** いうこと|を, せい|で, とても: the span ends in a function noun or holds an adverb or adjective. */
function isWordOfItsOwn(tokens: Token[], end: number): boolean {
  const inside = tokens.filter((t) => t.end <= end);
  const last = inside[inside.length - 1];
  const endsInFunctionNoun =
    last !== undefined &&
    last.known &&
    last.surface.length >= 2 &&
    ['非自立', '代名詞', '副詞可能', '数', '接尾'].includes(last.pos1);
  return (
    endsInFunctionNoun ||
    inside.some((t) => t.known && (t.pos === '形容詞' || t.pos === '副詞') && t.surface.length >= 2)
  );
}

/** まだ, パート: the bracket holds one ordinary dictionary word, not a name. */
function isKanaWord(analysis: Analysis, start: number, end: number): boolean {
  const surface = analysis.text.slice(start, end);
  if (ROLE_WORDS.has(surface) || LOANWORD.test(surface)) return true;
  const tokens = tokensIn(analysis, start, end);
  const only = tokens.length === 1 ? tokens[0] : undefined;
  if (!only || !only.known || only.pos1 === '固有名詞') return false;
  if (only.pos !== '名詞') return true;
  return (
    !isPersonName(analysis.morphology.nameReading(surface)) && !isNameReading(analysis, surface)
  );
}

/** ケンタ, アンナ, プトゥリ: katakana that reads as a name, or that IPADIC does not know and is no loanword. */
function katakanaNameEnd(
  analysis: Analysis,
  start: number,
  endsName: (rest: string) => boolean,
): number | undefined {
  let end = start;
  while (/[\p{Script=Katakana}ー・]/u.test(analysis.text[end] ?? '')) end++;
  const surface = analysis.text.slice(start, end).replace(/・$/, '');
  end = start + surface.length;
  if (surface.length < 2 || LOANWORD.test(surface) || ROLE_WORDS.has(surface)) return undefined;
  const byReading = kanaNameEnd(analysis, start, endsName);
  if (byReading !== undefined) return byReading;
  const parts = surface.split('・');
  const named = (part: string): boolean =>
    isNameReading(analysis, part) || isPersonName(analysis.morphology.nameReading(part));
  if (parts.some(named)) return end;
  const tokens = tokensIn(analysis, start, end).filter((t) => t.surface !== '・');
  const unknownOrProper = tokens.every((t) => !t.known || t.pos1 === '固有名詞');
  // クイン・ファン, エコ・レスタリ: katakana words joined by ・ right after an introducer are a
  // foreign name even when each part is also a loanword.
  if (parts.length > 1 && parts.length <= 4 && parts.every((p) => p.length >= 1 && p.length <= 8))
    return end;
  // アナ|リン: short known pieces glued together are a name IPADIC does not have (not デイ|サービス).
  const shortPieces =
    tokens.length > 1 && surface.length <= 6 && tokens.every((t) => t.surface.length <= 3);
  return unknownOrProper || shortPieces ? end : undefined;
}
