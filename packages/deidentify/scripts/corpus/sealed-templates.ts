/**
 * Templates of the sealed held-out split (see sealed-lexicon.ts): written before the session's
 * rule changes, never tuned on, its errors never listed.
 */
import type { FreshGen } from './fresh.ts';
import type { FreshTemplate } from './fresh-templates.ts';
import { address, age, date, id, org, person, phone, postal, url } from './generator.ts';
import { SEALED_LEXICON } from './sealed-lexicon.ts';

const INTRODUCED: FreshTemplate[] = [
  (g) => ['長男の', person(g.anyGiven()), 'が、学校に行きたくないと言い出しました。'],
  (g) => ['旦那（', person(g.givenKanji()), '）の実家との付き合いがしんどいです。'],
  (g) => ['はじめまして。私は', person(g.anyGiven()), 'といいます。'],
  (g) => ['下の子、', person(g.anyGiven()), 'はまだ保育園です。'],
  (g) => ['同棲中の彼氏の', person(g.anyGiven()), 'が、仕事を辞めてしまいました。'],
  (g) => ['姪っ子の', person(g.anyGiven()), 'を引き取ることになりそうです。'],
  (g) => ['妻は', person(g.anyGiven()), 'と言います。産後から眠れていません。'],
  (g) => ['名前は', person(g.anyGiven()), 'です。匿名でお願いします。'],
  (g) => ['娘（', person(g.anyGiven()), '、', age(g.values.age(3, 15)), '）の発達が心配です。'],
  (g) => ['父方の祖母の', person(g.anyGiven()), 'が、一人暮らしを続けています。'],
];

const FOREIGN: FreshTemplate[] = [
  (g) => {
    const n = g.nationality();
    const [before, after] = g.pick(n.ownLanguage).split('{name}') as [string, string];
    return [before, person(g.foreignName(n, 'latin')), after, ' 給料がまだ払われていません。'];
  },
  (g) => [
    'Hi, my name is ',
    person(g.foreignName(g.nationality(), 'latin')),
    '. My company took my passport.',
  ],
  (g) => {
    const n = g.nationality();
    return [
      `同じ寮の${n.fromJa}の子、`,
      person(g.foreignGiven(n, 'katakana')),
      'が熱を出しています。',
    ];
  },
  (g) => [
    '実習生の',
    person(g.foreignName(g.nationality(), 'katakana')),
    'さんが、寮の鍵を取り上げられています。',
  ],
  (g) => [
    'Facebookで「',
    person(g.foreignGiven(g.nationality(), 'latin')),
    ' 🌸」という人からメッセージが来ました。',
  ],
  (g) => [
    'I work with ',
    person(g.foreignGiven(g.nationality(), 'latin')),
    ' at the factory and we both get no overtime pay.',
  ],
  (g) => ['台湾出身の同僚、', person(g.chineseKanji()), 'さんも同じ目に遭っています。'],
  (g) => ['LINEの表示名は「', person(g.foreignGiven(g.nationality(), 'katakana')), '」です。'],
];

const TITLED: FreshTemplate[] = [
  (g) => [person(g.titledSurname()), '課長に、有給は取らせないと言われました。'],
  (g) => ['パート先の', person(g.titledSurname()), '店長が、シフトを勝手に変えます。'],
  (g) => ['担任の', person(g.titledSurname()), '先生は、話を聞いてくれません。'],
  (g) => [person(g.titledSurname()), '部長の飲み会の誘いを断れません。'],
  (g) => ['現場の', person(g.titledSurname()), '主任から、毎日のように怒鳴られます。'],
  (g) => [person(g.titledSurname()), '施設長に相談しても、何も変わりませんでした。'],
  (g) => ['主治医の', person(g.titledSurname()), '医師に紹介状を書いてもらいました。'],
];

const OTHER_PERSONS: FreshTemplate[] = [
  (g) => ['同じ部署の', person(g.surname()), 'さんに、ずっと無視されています。'],
  (g) => ['相談員の', person(g.fullName()), 'さん宛てに送ります。'],
  (g) => ['よろしくお願いいたします。\n', person(g.fullName())],
  (g) => ['記入者：', person(g.fullName())],
  (g) => [person(g.surname()), 'くんのお母さんから、嫌がらせのLINEが来ます。'],
  (g) => [person(g.fullNameKana()), 'という名前で登録されています。'],
];

const ORGANIZATIONS: FreshTemplate[] = [
  (g) => [org(g.suffixedOrganization()), 'でパートをしていますが、社保に入れてもらえません。'],
  (g) => ['祖父が', org(g.suffixedOrganization()), 'に入所しています。'],
  (g) => ['息子は', org(g.team()), 'に入っていますが、コーチが厳しすぎます。'],
  (g) => ['勤め先は', org(g.stem()), 'という小さな会社です。'],
  (g) => ['前の職場（', org(g.suffixedOrganization()), '）で、パワハラを受けました。'],
  (g) => ['来月から', org(g.stem()), 'の子会社に出向になります。'],
  (g) => ['所属：', org(g.suffixedOrganization())],
  (g) => ['登録支援機関の', org(g.stem()), 'に連絡しても、返事がありません。'],
  (g) => ['夫の実家が', org(g.suffixedOrganization()), 'を経営しています。'],
];

/** A street with a housing complex, building block or room, as the issue lists them. */
function street(g: FreshGen): { prefix: string; street: string } {
  const { prefix, towns } = g.pick(SEALED_LEXICON.towns);
  const town = g.pick(towns);
  const short = town.replace(/^.*町/, '') || town;
  const numbers = g.pick([
    () => `${g.int(1, 5)}丁目${g.int(1, 30)}番${g.int(1, 20)}号`,
    () => `${g.values.digits(4)}-${g.int(1, 9)}`,
    () => `${g.int(1, 6)}-${g.int(1, 25)}-${g.int(1, 12)}`,
  ])();
  const building = g.pick([
    () =>
      ` ${g.pick(SEALED_LEXICON.buildings)}${short.slice(0, 2)}${g.int(1, 5)}0${g.int(1, 9)}号室`,
    () =>
      `${g.pick(SEALED_LEXICON.housing).replace('{town}', short)}${g.int(1, 12)}号棟${g.int(1, 5)}0${g.int(1, 8)}号室`,
    () =>
      `\u3000${g.pick(SEALED_LEXICON.buildings)}${g.pick(['', 'Ⅲ', '東館'])} ${g.int(1, 9)}0${g.int(1, 9)}`,
    () =>
      ` ${g.pick(SEALED_LEXICON.housing).replace('{town}', short)} ${g.int(1, 6)}-${g.int(1, 3)}0${g.int(1, 9)}`,
  ])();
  return {
    prefix: g.pick([prefix, '', `鹿児島県${prefix}`]).replace('鹿児島県静岡県', '静岡県'),
    street: g.values.width(`${town}${numbers}`, 0.3) + building,
  };
}

const ADDRESSES: FreshTemplate[] = [
  (g) => {
    const a = street(g);
    return ['現住所は', a.prefix, address(a.street), 'です。'];
  },
  (g) => {
    const a = street(g);
    return ['書類の送り先：', postal(g.values.postalCode()), a.prefix, address(a.street)];
  },
  (g) => {
    const a = street(g);
    return ['DVから逃げて、今は', a.prefix, address(a.street), 'に住んでいます。'];
  },
];

const full = (text: string): string =>
  text.replace(/[0-9-]/g, (c) =>
    c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0),
  );

const NUMBERS: FreshTemplate[] = [
  (g) => [
    '保険証は記号「',
    id(full(g.values.digits(5))),
    '」番号「',
    id(full(String(g.int(1, 120)))),
    '」です。',
  ],
  (g) => ['労働保険番号：', id(full(`46${g.int(1, 4)}0${g.int(1, 9)}${g.values.digits(6)}-000`))],
  (g) => ['介護保険の被保険者番号は「', id(full(g.values.digits(10))), '」です。'],
  (g) => [
    '雇用保険被保険者番号 ',
    id(full(`${g.values.digits(4)}-${g.values.digits(6)}-${g.int(0, 9)}`)),
  ],
  (g) => ['受給者証番号は', id(g.values.digits(10)), 'です。'],
  (g) => ['退職日は', date(g.values.date()), 'でした。'],
  (g) => ['夫（', age(g.values.age(30, 60)), '）は無職です。'],
  (g) => ['携帯 ', phone(g.values.phone())],
];

const HANDLES: FreshTemplate[] = [
  (g) => [
    'ブログ（',
    url(
      `ameblo.jp/${g.values.handle(g.values.romaji(g.pick(SEALED_LEXICON.hiragana)).toLowerCase())}`,
    ),
    '）に職場の悪口を書かれました。',
  ],
  (g) => [
    '相手のインスタは',
    url(
      `instagram.com/${g.values.handle(g.values.romaji(g.pick(SEALED_LEXICON.hiragana)).toLowerCase())}`,
    ),
    'です。',
  ],
  (g) => [
    'Xで',
    url(`@${g.values.handle(g.values.romaji(g.pick(SEALED_LEXICON.hiragana)).toLowerCase())}`),
    'というアカウントに晒されています。',
  ],
  (g) => [
    '求人はここ→',
    url(`${g.pick(['note.com', 'lit.link', 'jmty.jp'])}/${g.values.digits(3)}x${g.int(1, 99)}`),
  ],
];

export const SEALED_GROUPS: { templates: FreshTemplate[]; weight: number }[] = [
  { templates: INTRODUCED, weight: 4 },
  { templates: FOREIGN, weight: 3 },
  { templates: TITLED, weight: 3 },
  { templates: OTHER_PERSONS, weight: 2 },
  { templates: ORGANIZATIONS, weight: 5 },
  { templates: ADDRESSES, weight: 2 },
  { templates: NUMBERS, weight: 3 },
  { templates: HANDLES, weight: 2 },
];

export const SEALED_FILLERS = `
泉の水がきれいな町で育ちました。
星がよく見える夜は、少し気が晴れます。
港の近くの公園を散歩しています。
春風が気持ちいい季節になりました。
若竹煮を作って、子どもと食べました。
オリーブオイルを使う料理が好きです。
堀の周りを歩くのが日課です。
銀河鉄道の本を子どもに読んであげました。
`
  .trim()
  .split('\n');
