import { isRomaji, toKatakana } from 'wanakana';
import { matchAll, type Analysis } from '../analysis.ts';
import { isNameReading } from './kana-name.ts';
import type { Span } from './introduced-name.ts';

/**
 * "My name is …", "I am …", "Mr. …" and the same in the languages of foreign workers
 * (Tagalog, Indonesian, Portuguese, Vietnamese, Nepali, Chinese), followed by capitalised words.
 */
const CUE =
  /(?<![\p{L}])(?:my name is|i am|i'm|this is|call me|named|mr\.?|ms\.?|mrs\.?|miss|dr\.?|my (?:husband|wife|son|daughter|friend|boss|supervisor|manager|colleague|co-?worker|partner|boyfriend|girlfriend|leader|mother|father|sister|brother|roommate|room-mate|housemate|neighbou?r|cousin|aunt|uncle|niece|nephew|trainee|teacher|landlord|fianc[ée]e?|ex|mom|dad|child|kid|classmate|teammate)|(?:live[sd]?|living|work(?:s|ed|ing)?|stay(?:s|ed|ing)?|talk(?:s|ed)?|fight|fought|came|come|went|go|speak|spoke|share a room) with|contact|please help|(?:ask|tell|help|meet)|ako(?: po)? si|ang pangalan ko ay|nama saya|saya|meu nome é|eu sou|(?:tôi|mình|em|anh|chị) (?:tên )?là|mero naam|ma|(?:kong |ko )?si|ni|kay|mingalaba,?|namaste,?|我叫|我是)[\s:,]*(?=\p{Lu})/giu;
const CAPITALISED_WORDS =
  /^\p{Lu}[\p{Ll}'’]+(?:[ -](?:(?:dela|de|del|della|dos|das|da|do|van|von|der|den|bin|binti|al|di|du|la|y) )*\p{Lu}[\p{Ll}'’]+){0,3}|^\p{Lu}{2,}(?: \p{Lu}{2,}){0,3}(?![\p{L}])/u;
/** A single capitalised word between non-letters: a romanised Japanese name when it reads as one. */
const SINGLE_WORD = /(?<![A-Za-z\d@._/-])[A-Z][a-z]{2,}(?![A-Za-z\d@_/-])/g;
const NOT_A_NAME =
  /^(?:I|The|And|But|So|Not|Very|From|Please|Thank|Thanks|Sorry|Hello|Hi|Help|Japan|Japanese|English|Line|LINE|Instagram|Facebook|Google|Zoom|Teams|Sick|Tired|Working|Here|There|Now|Today|Tomorrow|Yes|No|OK|Okay|Me|You|Him|Her|Us|Them|It|My|Your|His|Their|Our|Everyone|Everybody|Someone|People|Family|Friends?|Children|Kids|Co-?workers?|Colleagues?|Staff|Boss|Company|Machines?|Work|Vietnamese|Nepali|Filipinos?|Filipinas?|Indonesians?|Thai|Chinese|Koreans?|Burmese|Myanmar|Brazilians?|Peruvians?|Mongolians?|Sri|Bangladeshi|Indians?|Cambodians?|Pakistani|Americans?|Tagalog|Foreigners?|Trainees?|Workers?|Police|Union|Agency|Embassy)$/;

const PERSON_AFTER =
  /^(?:から(?!\s?[A-Za-z])|さん|ちゃん|くん|君|氏|様|と申|という(?:名前の)?(?:人|男|女)|って人)/;

export function latinNames(analysis: Analysis, notName: RegExp): Span[] {
  const { text } = analysis;
  const spans: Span[] = [];
  for (const match of matchAll(CUE, text)) {
    const start = match.index + match[0].length;
    const words = CAPITALISED_WORDS.exec(text.slice(start))?.[0];
    if (!words) continue;
    const kept = words
      .split(/(?=[ -])/)
      .filter((w) => !NOT_A_NAME.test(w.trim()) && !notName.test(w.trim()));
    if (kept.length === 0 || NOT_A_NAME.test(words.split(/[ -]/)[0] ?? '')) continue;
    spans.push({ start, end: start + words.length });
  }
  for (const match of matchAll(SINGLE_WORD, text)) {
    const word = match[0];
    if (NOT_A_NAME.test(word) || notName.test(word)) continue;
    // WhatsAppでSurajから, Kiranさん: a Latin word that Japanese treats as a person.
    const next = text.slice(match.index + word.length, match.index + word.length + 8);
    if (!/[A-Za-z]/.test(text[match.index - 1] ?? '') && PERSON_AFTER.test(next)) {
      spans.push({ start: match.index, end: match.index + word.length });
      continue;
    }
    // Ako si …, Nama saya …: a word inside a sentence in another language is no lone name.
    const before = text.slice(0, match.index).trimEnd();
    const after = text.slice(match.index + word.length).trimStart();
    if (/[A-Za-z]$/.test(before) || /^[A-Za-z]/.test(after)) continue;
    const lower = word.toLowerCase();
    if (!isRomaji(lower)) continue;
    const kana = toKatakana(lower);
    if (!/^[\p{Script=Katakana}ー]+$/u.test(kana) || !isNameReading(analysis, kana)) continue;
    spans.push({ start: match.index, end: match.index + word.length });
  }
  return spans;
}
