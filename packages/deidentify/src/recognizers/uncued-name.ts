import { matchAll, type Analysis } from '../analysis.ts';
import { RELATION, ROLE_WORDS, TITLE } from '../vocabulary.ts';
import type { Span } from './introduced-name.ts';
import { tokensIn } from './name-span.ts';

/**
 * Names that no honorific, title or family word introduces, found by where they stand:
 * a line of its own under a closing greeting (…お願いします。\n中釜恵理子), the value of a form
 * label written without a space (氏名：小濱隆太), a name after an opening greeting
 * (お世話になっております。持留里香です), a kana full name holding an account (あんらく りかの名義)
 * and the writer naming themself (自分は灯って言います).
 */
const KANJI_NAME =
  '[\\p{Script=Han}々]{2,6}|[\\p{Script=Han}々]{1,4}[ \\u3000][\\p{Script=Han}々]{1,4}';
const KANA_NAME =
  '[ぁ-ゖー]{2,6}[ \\u3000][ぁ-ゖー]{2,6}|[\\p{Script=Katakana}ー]{2,8}[ \\u3000・][\\p{Script=Katakana}ー]{2,8}';
const NAME = `(${KANJI_NAME}|${KANA_NAME})`;

// The line before a signature ends with a closing phrase; the signature is the whole next line.
const SIGNATURE_LINE = new RegExp(
  `(?:お願い(?:いた|致)?します|お願い申し上げます|以上です|以上|失礼します|失礼いたします|ありがとうございました|ありがとうございます)[。.!！]?[ \\u3000]*\\n[ \\u3000]*${NAME}[ \\u3000]*(?=\\n|$)`,
  'gu',
);
// 氏名：小濱隆太 — the whole value up to the end of the line; a space is not needed.
const LABELLED_LINE = new RegExp(
  `(?:氏名|申請者|申込者|記入者|相談者|差出人|送信者|依頼者|届出人|名義人|署名)[ \\u3000]*:[ \\u3000]*${NAME}[ \\u3000]*(?=\\n|$|[。、])`,
  'gu',
);
const GREETING = new RegExp(
  `(?:お世話になっております|お世話になります|こんにちは|こんばんは|はじめまして|初めまして|夜分に失礼します)[、,。!！\\s]*${NAME}(?=です|と申します|といいます|と言います)`,
  'gu',
);
// あんらく りかの名義: a family and a given name in kana, one space apart, holding an account.
const KANA_HOLDER =
  /(?<=^|[\s。、!?！？」])([ぁ-ゖー]{2,6}[ \u3000][ぁ-ゖー]{2,6}?|[\p{Script=Katakana}ー]{2,8}[ \u3000][\p{Script=Katakana}ー]{2,8})(?=の名義)/gu;
// 自分は灯って言います: said to be the writer's name, any word is a name (灯, 麦, はなえ).
const SELF_NAMED =
  /(?:私|僕|わたし|自分|俺|あたし|うち)(?:は|、)\s?([\p{Script=Han}々]{1,4}|[ぁ-ゖー]{2,6}|[\p{Script=Katakana}ー]{2,8})(?=って言います|っていいます|と言います|といいます|と申します|って呼ばれて|と呼ばれて)/gu;

const NOT_A_NAME = new RegExp(`^(?:${RELATION}|${TITLE})$`);
// Lines of their own and labels that hold words, not names (以上\n本人, 相談者：本人).
const NOT_NAME_WORDS =
  /^(?:本人|家族|匿名|不明|未定|なし|無し|特になし|同上|代理|代理人|保護者|担当者|私|自分|僕|事務局|管理者|代表|代表者|会社|職場|学校|病院|相談|宜しく|よろしく|以上|取り急ぎ|敬具|草々|追伸)$/;

export function uncuedNames(analysis: Analysis): Span[] {
  const spans: Span[] = [];
  for (const pattern of [SIGNATURE_LINE, LABELLED_LINE, GREETING, KANA_HOLDER]) {
    for (const match of matchAll(pattern, analysis.text)) {
      const name = match[1] as string;
      const start = match.index + match[0].lastIndexOf(name);
      if (isWordNotName(analysis, name, start)) continue;
      spans.push({ start, end: start + name.length });
    }
  }
  for (const match of matchAll(SELF_NAMED, analysis.text)) {
    const name = match[1] as string;
    const start = match.index + match[0].length - name.length;
    if (ROLE_WORDS.has(name) || NOT_A_NAME.test(name) || NOT_NAME_WORDS.test(name)) continue;
    spans.push({ start, end: start + name.length });
  }
  return spans;
}

/** A role, a placeholder word or one ordinary verb or adjective is not a name. */
function isWordNotName(analysis: Analysis, name: string, start: number): boolean {
  const bare = name.replace(/[ \u3000・]/g, '');
  if (ROLE_WORDS.has(bare) || NOT_A_NAME.test(bare) || NOT_NAME_WORDS.test(bare)) return true;
  const tokens = tokensIn(analysis, start, start + name.length);
  // 宜しく, 取り急ぎ: a signature line that is one inflected word closes the letter.
  return tokens.length === 1 && tokens[0]?.known === true && tokens[0].pos !== '名詞';
}
