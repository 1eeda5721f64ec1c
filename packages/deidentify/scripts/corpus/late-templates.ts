/**
 * Templates of the late held-out split (see late-lexicon.ts), written after the recognizer rules
 * were committed and not changed after its figures were seen.
 */
import type { FreshTemplate } from './fresh-templates.ts';
import { address, age, date, id, org, person, phone, postal } from './generator.ts';

const INTRODUCED: FreshTemplate[] = [
  (g) => ['上の娘の', person(g.anyGiven()), 'が、部活の先輩に叩かれたと言っています。'],
  (g) => ['元妻の', person(g.anyGiven()), 'と、面会交流のことで揉めています。'],
  (g) => ['うちの次女、', person(g.anyGiven()), 'が摂食障害かもしれません。'],
  (g) => ['私、名前は', person(g.anyGiven()), 'です。今は実家にいます。'],
  (g) => ['孫娘の', person(g.anyGiven()), 'を、週末だけ預かっています。'],
  (g) => ['兄（', person(g.givenKanji()), '）が借金を重ねています。'],
  (g) => ['彼の', person(g.anyGiven()), 'とは、籍を入れていません。'],
  (g) => [person(g.anyGiven()), '（', age(g.values.age(2, 12)), '）が夜中に何度も起きます。'],
  (g) => ['夫の連れ子の', person(g.anyGiven()), 'が、私に口をきいてくれません。'],
  (g) => ['自分は', person(g.anyGiven()), 'って言います。高校生です。'],
];

const FOREIGN: FreshTemplate[] = [
  (g) => {
    const n = g.nationality();
    return [
      `${n.fromJa}人の`,
      person(g.foreignName(n, 'katakana')),
      'です。ビザのことで相談があります。',
    ];
  },
  (g) => {
    const n = g.nationality();
    const [before, after] = g.pick(n.ownLanguage).split('{name}') as [string, string];
    return [before, person(g.foreignName(n, 'latin')), after, ' 仕事でけがをしました。'];
  },
  (g) => [
    'My coworker ',
    person(g.foreignName(g.nationality(), 'latin')),
    ' was hit by the manager.',
  ],
  (g) => {
    const n = g.nationality();
    return ['隣の部屋の', person(g.foreignGiven(n, 'katakana')), 'さんが、夜中に泣いています。'];
  },
  (g) => ['Messengerの名前は「', person(g.foreignGiven(g.nationality(), 'latin')), '⭐」です。'],
  (g) => ['中国から来た', person(g.chineseKanji()), 'さんと同じ寮です。'],
  (g) => ['LINEで「', person(g.anyGiven()), '」という名前の人から、しつこく誘われます。'],
];

const TITLED: FreshTemplate[] = [
  (g) => [person(g.titledSurname()), '班長から、トイレに行く時間まで決められています。'],
  (g) => ['保育園の', person(g.titledSurname()), '園長に、退園を勧められました。'],
  (g) => [person(g.titledSurname()), '社長の奥さんが、経理を全部やっています。'],
  (g) => ['営業所の', person(g.titledSurname()), '所長に、毎朝怒鳴られます。'],
  (g) => [person(g.titledSurname()), '先生（心療内科）に、休職を勧められました。'],
  (g) => ['看護師長の', person(g.titledSurname()), 'さんが、夜勤を代わってくれません。'],
  (g) => [person(g.titledSurname()), 'マネージャーに、シフトを減らされました。'],
];

const OTHER_PERSONS: FreshTemplate[] = [
  (g) => ['お世話になっております。', person(g.fullName()), 'です。'],
  (g) => [person(g.surname()), 'さんのお宅の犬が、毎晩吠えています。'],
  (g) => ['担当ケースワーカーは', person(g.surname()), 'さんです。'],
  (g) => ['以上、よろしくお願いします。\n', person(g.fullName())],
  (g) => ['申請者氏名：', person(g.fullName())],
  (g) => ['職場の', person(g.surname()), 'という人に、お金を貸したまま返ってきません。'],
  (g) => [person(g.fullNameKana()), 'の名義で口座を作らされました。'],
];

const ORGANIZATIONS: FreshTemplate[] = [
  (g) => [org(g.suffixedOrganization()), 'で、十年以上働いています。'],
  (g) => ['近所の', org(g.suffixedOrganization()), 'の店主に、相談に乗ってもらいました。'],
  (g) => ['夫は', org(g.suffixedOrganization()), 'を辞めて、今は無職です。'],
  (g) => ['娘が入っている', org(g.team()), 'の保護者会がつらいです。'],
  (g) => ['母がお世話になっている', org(g.stem()), 'の職員さんが、とても親切です。'],
  (g) => ['勤務先：', org(g.suffixedOrganization())],
  (g) => [org(g.stem()), 'っていう小さな工場で、パートをしています。'],
  (g) => ['以前いた', org(g.suffixedOrganization()), 'から、源泉徴収票が届きません。'],
  (g) => ['派遣会社の紹介で、', org(g.suffixedOrganization()), 'に行っています。'],
];

const ADDRESSES: FreshTemplate[] = [
  (g) => {
    const a = g.address();
    return ['住所：', a.prefix, address(a.street)];
  },
  (g) => {
    const a = g.address();
    return ['今は', a.prefix, address(a.street), 'の友人宅にいます。'];
  },
  (g) => {
    const a = g.address();
    return ['送付先 ', postal(g.values.postalCode()), ' ', a.prefix, address(a.street)];
  },
];

const NUMBERS: FreshTemplate[] = [
  (g) => [
    '雇用保険の番号は',
    id(`${g.values.digits(4)}-${g.values.digits(6)}-${g.int(0, 9)}`),
    'です。',
  ],
  (g) => ['保険証の記号', id(g.values.digits(4)), '、番号', id(String(g.int(1, 99))), 'です。'],
  (g) => ['基礎年金番号は', id(`${g.values.digits(4)}-${g.values.digits(6)}`), 'です。'],
  (g) => [
    '在留カード番号：',
    id(`${g.pick(['WX', 'LM'])}${g.values.digits(8)}${g.pick(['AB', 'QR'])}`),
  ],
  (g) => ['社員番号は', id(g.values.digits(6)), 'です。'],
  (g) => ['面談は', date(g.values.date()), 'です。'],
  (g) => ['母は', age(g.values.age(70, 95)), 'です。'],
  (g) => ['連絡先は', phone(g.values.phone()), 'です。'],
];

export const LATE_GROUPS: { templates: FreshTemplate[]; weight: number }[] = [
  { templates: INTRODUCED, weight: 4 },
  { templates: FOREIGN, weight: 3 },
  { templates: TITLED, weight: 3 },
  { templates: OTHER_PERSONS, weight: 3 },
  { templates: ORGANIZATIONS, weight: 5 },
  { templates: ADDRESSES, weight: 2 },
  { templates: NUMBERS, weight: 3 },
];

export const LATE_FILLERS = `
鷹が空を回っているのを見て、少し落ち着きました。
藤の花が咲く頃には、元気になりたいです。
米の値段が上がって、家計が苦しいです。
温泉にでも行きたいですが、休みが取れません。
ガラスのコップを割ってしまい、怒られました。
畳の部屋で寝ると、腰が楽です。
凪いだ海を見ていると、気持ちが楽になります。
会館での説明会に参加しました。
`
  .trim()
  .split('\n');
