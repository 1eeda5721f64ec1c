import { candidate, matchAll, type Analysis, type Recognizer } from '../analysis.ts';
import { Tier, type Candidate } from '../types.ts';
import { contextOrganizations } from './organization-context.ts';
import { staffedOrganizations, trimmedAfterCues } from './organization-staff.ts';
import { HONORIFIC, ROLE_WORDS, TITLE } from '../vocabulary.ts';
import { isNameStem } from './organization-stem.ts';
import {
  hasNameEvidence,
  hiraganaNameAfter,
  nameEndAfter,
  nameStartBefore,
  tokensIn,
} from './name-span.ts';

const LEGAL_FORM =
  '株式会社|有限会社|合同会社|合資会社|合名会社|社会福祉法人|医療法人社団|医療法人財団|医療法人|一般社団法人|一般財団法人|公益社団法人|公益財団法人|特定非営利活動法人|NPO法人|学校法人|社団法人|財団法人|宗教法人|\\((?:株|有|医|社|福|財|学|合)\\)';
// Co-operatives named by prefix: JA鹿児島みらい, コープかごしま
const COOPERATIVE = 'JA|コープ|生協';
const LEGAL_PREFIX = new RegExp(`(?:${LEGAL_FORM}|${COOPERATIVE})\\s?`, 'g');
const LEGAL_SUFFIX = new RegExp(`(?:${LEGAL_FORM})`, 'g');

// Facility and business words that end a name (ひまわり保育園, くすのきレディースクリニック, さつま水産).
const FACILITY =
  // Longer words first where a shorter one would end the match early (工業所 before 工業).
  '美容院|工業所|会館|整体|左官|スタジオ|家具店|家具|ジュニアバドミントン|バドミントンクラブ|ママさんバレー|バレーボールクラブ|整骨院|接骨院|鍼灸院|治療院|整体院|動物病院|助産院|認定こども園|こども園|保育園|保育所|幼稚園|小学校|中学校|高等学校|高校|特別支援学校|専門学校|短期大学|大学|学園|学院|病院|医院|クリニック|診療所|歯科医院|歯科|整形外科|小児科|内科|眼科|皮膚科|耳鼻科|産婦人科|レディースクリニック|調剤薬局|薬局|ドラッグストア|ドラッグ|特別養護老人ホーム|老人ホーム|グループホーム|ホーム|デイサービス|デイケア|ケアセンター|訪問看護ステーション|ステーション|居宅介護支援事業所|事業所|作業所|センター|介護施設|荘|苑|寮|亭|園|美容室|理容室|ヘアサロン|支店|営業所|本店|店|工場|商店|酒店|書店|食堂|ストア|スーパー|マート|クラブ|スクール|塾|教室|銀行|信用金庫|信金|農協|漁協|生協|会|製作所|工業|産業|建設|運送|運輸|物流|水産|食品|精工|電機|電気|工務店|商事|物産|興業|観光|交通|タクシー|ホテル|旅館|農園|牧場|酒造|製菓|薬品|住設|設備|印刷|不動産|法律事務所|事務所|ロジスティクス|フーズ|テクノ|サービス|電工|自動車|モータース|ベーカリー|少年団|FC|ファーム|化成|鉄工所|珈琲店|鮮魚店|精肉店|菓子店|システムズ|システム|ソリューションズ|ホールディングス|グループ|チーム|協会|組合|' +
  // Trades and workshops of small local businesses (ふくろう工房, 山桜板金, みやま石油).
  '工房|訪問看護|訪問介護|英会話|技研|工機|建機|機工|精機|重工|総業|興産|通商|板金|塗装|造園|石油|燃料|電設|鉄工|溶接|木工|製材|製麺所|製麺|製茶|茶舗|茶園|青果|精米所|米穀店|酒販|醸造|焼酎|畜産|養鶏場|養豚場|海運|陸運|梱包|倉庫|写真館|百貨店|ショップ|電器店|電器|家具店|建具|工芸|窯元|農場|ファクトリー|ワークス|ラボ|企画|設計|測量|建築|土木|解体|住建|商会|寿司|弁当|惣菜|ダンススクール|スイミングクラブ|キッズ|ジュニア|' +
  // One kanji that ends a shop or inn name (さくら湯治館, 松風堂, こまち屋); a name must come first.
  '館|堂|屋|庵|舎';
const FACILITY_SUFFIX = new RegExp(`(?:${FACILITY})`, 'g');
// Words that may follow the suffix as part of the same name: さつま水産加工, みなみ信用金庫伊集院支店
const CONTINUATION =
  /^(?:加工|販売|製造|工業|産業|本店|本社|支社|支店|店|営業所|工場|事業所|分院|分校|校|院)/;
const BRANCH =
  /^[\p{Script=Han}\p{Script=Katakana}ー]{1,8}?(?:支店|支社|営業所|工場|事業所|出張所|分院|店)/u;
// 特養すみれ荘: a facility-type abbreviation in front belongs to the name
const TYPE_PREFIX =
  /(?:特養|老健|小規模多機能|サ高住|有料老人ホーム|特別養護老人ホーム|介護老人保健施設)$/;
// デイサービスなごみ, 認定こども園つばさ, グループホームさくら: the name follows the facility type
const TYPE_THEN_NAME =
  /(?:ミニバスケットボールクラブ|スポーツ少年団|介護施設|特別養護老人ホーム|老人ホーム|ショートステイ|保育所|児童館|カフェ|居酒屋|スナック|就労支援事業所|相談支援事業所|放課後等デイサービス|地域活動支援センター|美容室|サロン|パン工房|ケアハウス|小規模多機能ホーム|デイサービス|デイケア|認定こども園|こども園|保育園|幼稚園|グループホーム|ケアハウス|特養|老健|有料老人ホーム|訪問看護ステーション|学童保育|学童クラブ|放課後児童クラブ|整骨院|接骨院|薬局|歯科|クリニック|焼肉|焼き鳥|寿司|割烹|喫茶|ペットサロン|整体院|鍼灸院|こども食堂|子ども食堂|チーム)(?=\s?[ぁ-ゖ\p{Script=Katakana}\p{Script=Han}])/gu;
// しおかぜキッカーズ, ひまわりスターズ: a team named with an English plural after its stem.
const TEAM_PLURAL =
  /(?<=[ぁ-ゖ\p{Script=Han}])[\p{Script=Katakana}ー]{3,}ズ(?![\p{Script=Katakana}ー])/gu;
const NOT_TEAM_PLURAL =
  /(?:グッズ|ニーズ|ジーンズ|シリーズ|サイズ|クイズ|シューズ|レンズ|チーズ|ビーズ|ウォーズ)$/;
// ホテル城山, 旅館みやま: lodging named after the type word
const LODGING_THEN_NAME = /(?:ホテル|旅館|民宿)(?=[\p{Script=Han}\p{Script=Katakana}])/gu;
// 伊集院中の2年生, 湯田小に通う: school abbreviations after a place name
const SCHOOL_ABBREVIATION =
  /(?:小|中|高)(?=(?:の|に|で)?\s?[1-6１-６一二三四五六]年|に通|の(?:先生|担任|生徒|部活|保護者))/g;
// …で働いています: an employer named without a legal form or a facility word
const EMPLOYMENT_CUE =
  /(?:で働|に勤め|に勤務|で勤務|の社員|の従業員|の職員|に就職|に入社|に転職|で派遣|でパート|でアルバイト|でバイト|に通勤|の工場|の営業所)/g;

export const recognizeOrganizations: Recognizer = (analysis) => {
  const { text } = analysis;
  const found: Candidate[] = [];
  const add = (start: number, end: number): void => {
    if (end > start)
      found.push(candidate('ORGANIZATION', start, extend(analysis, end), Tier.structure));
  };
  for (const match of matchAll(LEGAL_PREFIX, text)) {
    const nameStart = match.index + match[0].length;
    const nameEnd = nameEndAfter(analysis, nameStart);
    if (nameEnd > nameStart) add(match.index, nameEnd);
  }
  for (const match of matchAll(LEGAL_SUFFIX, text)) {
    const start = nameStartBefore(analysis, match.index);
    if (start < match.index) add(start, match.index + match[0].length);
  }
  for (const match of matchAll(FACILITY_SUFFIX, text)) {
    const suffixEnd = match.index + match[0].length;
    if (isInsideLongerWord(analysis, match.index, suffixEnd)) continue;
    // 榎園先輩, 假屋園さん: a family name ending in 園 or 苑 (その) before a title or an honorific.
    if (isSurnameInEn(analysis, match.index, suffixEnd)) continue;
    // 堂|園園長: a one-kanji suffix (堂, 舎) that is the first half of such a family name.
    if (isSurnameInEn(analysis, suffixEnd, suffixEnd + 1)) continue;
    // 森川工場長, 駅前店長: the suffix and 長 make a title; the name before it is a person.
    if (text[suffixEnd] === '長') continue;
    // メンタルクリニック is one unknown token: the name ends where that compound starts.
    const compoundStart =
      analysis.tokens[analysis.tokenIndexAt[match.index] ?? -1]?.start ?? match.index;
    // ルピナスデイケア, 朝日建設 (IPADIC's own company entry): the stem may lie inside that token.
    const stemInside =
      compoundStart < match.index && !GENERIC_INSIDE.test(text.slice(compoundStart, match.index));
    const start = nameStartBefore(analysis, compoundStart);
    const stemEnd = stemInside ? match.index : compoundStart;
    // LINEグループ, Facebookグループ: a group on a platform is no organisation.
    if (PLATFORM.test(text.slice(start, stemEnd).trim())) continue;
    // 実家のお店, 名前のお店: the polite お of a plain word, not the end of a name.
    if (/^[おご]$|の[おご]$/.test(text.slice(start, stemEnd))) continue;
    if (
      match[0].length === 1 &&
      SHORT_SUFFIX.test(match[0]) &&
      !hasNameEvidence(analysis, start, stemEnd)
    )
      continue;
    if (
      start < stemEnd &&
      (isNameStem(analysis, start, stemEnd) || (stemInside && start === compoundStart)) &&
      !isMunicipalityOnly(analysis, start, stemEnd) &&
      !DESCRIBES_TRADE.test(text.slice(suffixEnd, suffixEnd + 3))
    ) {
      const typed = TYPE_PREFIX.exec(text.slice(Math.max(0, start - 12), start));
      add(typed ? start - typed[0].length : start, suffixEnd);
    }
  }
  for (const match of matchAll(TYPE_THEN_NAME, text)) {
    // カフェ ひなた, 焼肉 いろり: one space may stand between the type and the name.
    const typeEnd = match.index + match[0].length;
    const nameStart = typeEnd + (/^[ \u3000]/.test(text[typeEnd] ?? '') ? 1 : 0);
    if (HONORIFIC_AT.test(text.slice(nameStart, nameStart + 3))) continue;
    let nameEnd = hiraganaNameAfter(analysis, nameStart);
    // やすらぎの里, ふれあいの郷
    const placeWord = /^の?[里郷家森杜丘苑荘舎]/.exec(text.slice(nameEnd, nameEnd + 2));
    if (nameEnd > nameStart && placeWord) nameEnd += placeWord[0].length;
    if (nameEnd === nameStart) {
      while (/[\p{Script=Katakana}ー]/u.test(text[nameEnd] ?? '')) nameEnd++;
      if (nameEnd - nameStart < 2) nameEnd = nameStart;
      // チームリーダー, チームワーク: after チーム a katakana word of the dictionary is no name.
      if (match[0] === 'チーム' && isCommonWord(analysis, nameStart, nameEnd)) nameEnd = nameStart;
    }
    // ミニバスケットボールクラブ南風に: a short kanji name before a case ending
    const kanjiName = /^[\p{Script=Han}々]{1,4}(?=[にでのへとはがを、。)」\s]|です)/u.exec(
      text.slice(nameStart, nameStart + 6),
    );
    if (
      nameEnd === nameStart &&
      kanjiName &&
      isKanjiNameAfterType(analysis, nameStart, kanjiName[0])
    )
      nameEnd = nameStart + kanjiName[0].length;
    if (nameEnd > nameStart && !isInsideLongerWord(analysis, match.index, nameStart))
      add(match.index, nameEnd);
  }
  for (const match of matchAll(TEAM_PLURAL, text)) {
    if (NOT_TEAM_PLURAL.test(match[0])) continue;
    const start = nameStartBefore(analysis, match.index);
    if (start < match.index && isNameStem(analysis, start, match.index))
      add(start, match.index + match[0].length);
  }
  for (const match of matchAll(LODGING_THEN_NAME, text)) {
    const nameStart = match.index + match[0].length;
    const nameEnd = nameEndAfter(analysis, nameStart);
    if (nameEnd - nameStart >= 2 && !isInsideLongerWord(analysis, match.index, nameStart)) {
      add(match.index, nameEnd);
    }
  }
  for (const match of matchAll(SCHOOL_ABBREVIATION, text)) {
    const token = analysis.tokens[analysis.tokenIndexAt[match.index - 1] ?? -1];
    if (token && token.end === match.index && token.pos1 === '固有名詞') {
      add(token.start, match.index + 1);
    }
  }
  for (const match of matchAll(EMPLOYMENT_CUE, text)) {
    // メンタルクリニック is one unknown token: the name ends where that compound starts.
    const compoundStart =
      analysis.tokens[analysis.tokenIndexAt[match.index] ?? -1]?.start ?? match.index;
    const start = nameStartBefore(analysis, compoundStart);
    if (
      start < compoundStart &&
      hasNameEvidence(analysis, start, compoundStart) &&
      !isPlaceOnly(analysis, start, compoundStart) &&
      !/っていう|という|って/.test(text.slice(start, compoundStart))
    ) {
      add(start, match.index);
    }
  }
  found.push(...contextOrganizations(analysis), ...staffedOrganizations(analysis));
  return trimmedAfterCues(text, found);
};

function extend(analysis: Analysis, end: number): number {
  const rest = analysis.text.slice(end, end + 12);
  const continuation = CONTINUATION.exec(rest) ?? BRANCH.exec(rest);
  if (!continuation) return end;
  const nextEnd = end + continuation[0].length;
  // Only whole tokens: 店 must not swallow the first character of 店長.
  const index = analysis.tokenIndexAt[nextEnd - 1] ?? -1;
  const token = analysis.tokens[index];
  return token && token.end === nextEnd ? nextEnd : end;
}

function isCommonWord(analysis: Analysis, start: number, end: number): boolean {
  return tokensIn(analysis, start, end).every((t) => t.known && t.pos1 !== '固有名詞');
}

/** カフェ陽光, クラブ南風 are names; カフェ店員, 居酒屋勤務 are a job and a workplace. */
function isKanjiNameAfterType(analysis: Analysis, start: number, name: string): boolean {
  const tokens = tokensIn(analysis, start, start + name.length);
  return (
    !ROLE_WORDS.has(name) &&
    !/^(?:店員|職員|店長|経営|勤務|代|内|前|跡)/.test(name) &&
    tokens.every((t) => !['サ変接続', '接尾', '副詞可能', '非自立', '数'].includes(t.pos1))
  );
}

/**
 * 会 in 会社/会議, 店 in 店長, ホーム in ホームページ: the suffix must be whole tokens,
 * except at the end of an unknown compound (メンタルクリニック is one unknown token).
 */
function isInsideLongerWord(analysis: Analysis, start: number, end: number): boolean {
  const first = analysis.tokens[analysis.tokenIndexAt[start] ?? -1];
  const last = analysis.tokens[analysis.tokenIndexAt[end - 1] ?? -1];
  if (!first || !last || last.end !== end) return true;
  return first.start !== start && first.known && first.pos2 !== '組織';
}

/** 鹿児島市, 伊集院 alone: a place in front of a facility word is a qualifier, not a name. */
function isPlaceOnly(analysis: Analysis, start: number, end: number): boolean {
  return (
    tokensIn(analysis, start, end).every(
      (token) => token.pos2 === '地域' || token.pos1 === '接尾' || token.pos1 === '数',
    ) && !/[ぁ-ゖ]{2,}/.test(analysis.text.slice(start, end))
  );
}

/**
 * 鹿児島市の… is cut off by の; 日置市保健センター is a public body named in general. A place
 * alone before a business word is a name (桜島サービス, 鹿児島大学), a municipality is not.
 */
function isMunicipalityOnly(analysis: Analysis, start: number, end: number): boolean {
  return isPlaceOnly(analysis, start, end) && /[市町村県区]$/.test(analysis.text.slice(start, end));
}

// デイケアさん: an honorific after the type word is said to the facility, not its name.
const HONORIFIC_AT = new RegExp(`^(?:${HONORIFIC})`);

// メンタルクリニック, レディースクリニック: description glued to the facility word inside one token
const GENERIC_INSIDE =
  /^(?:メンタル|レディース|ファミリー|キッズ|ベビー|デンタル|ペット|ヘア|ケア|デイ|ホーム|シルバー|ナース)$/;

const PLATFORM =
  /^(?:LINE|ライン|Facebook|フェイスブック|Instagram|インスタ|X|TikTok|Zoom|Teams|Slack|Discord|WhatsApp|Messenger|Google|グループLINE)$/i;

// 魚屋, 図書館: after these one-kanji suffixes the words before must be a name, not a trade.
const SHORT_SUFFIX = /^[館堂屋庵舎]$/;

// 建設会社, 運送業, 水産関係: a trade word followed by one of these is the trade, not a name.
const DESCRIBES_TRADE = /^(?:会社|業|関係|系|業界|現場|部門|部|課|科)/;

// 堂園園長, 堂園マネージャー, 堂園という人: a title, an honorific or a person word after it.
const PERSON_CUE_AFTER = new RegExp(
  `^(?:${HONORIFIC}|${TITLE}|という人|って人|っていう人|[ \\u3000][\\p{Script=Han}]{1,3}(?:[\\s。、]|$))`,
  'u',
);

/** 1–3 kanji and 園/苑, alone in its clause and followed by a personal title or honorific. */
function isSurnameInEn(analysis: Analysis, suffixStart: number, suffixEnd: number): boolean {
  const { text } = analysis;
  if (!/^[園苑]$/.test(text.slice(suffixStart, suffixEnd))) return false;
  if (!PERSON_CUE_AFTER.test(text.slice(suffixEnd, suffixEnd + 8))) return false;
  let start = suffixStart;
  while (start > 0 && /[\p{Script=Han}々]/u.test(text[start - 1] ?? '')) start--;
  const stem = suffixStart - start;
  const previous = text[start - 1] ?? '';
  // 職場の堂園という人: a particle before it ends the clause; other kana make one longer name.
  const kanaBefore =
    /[\p{Script=Katakana}ぁ-ゖ]/u.test(previous) && !/[のはがもにとへを]/.test(previous);
  return stem >= 1 && stem <= 3 && !kanaBefore;
}
