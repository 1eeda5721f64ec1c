/**
 * Templates of the night held-out split (see night-lexicon.ts): organisations known from context
 * and names without a cue, in phrasings the rules of that session were not written on. Not
 * changed after its figures were seen.
 */
import type { FreshTemplate } from './fresh-templates.ts';
import { address, age, id, org, person, phone } from './generator.ts';

const NO_CUE: FreshTemplate[] = [
  (g) => ['よろしくお願いいたします。\n', person(g.fullName())],
  (g) => ['ご相談です。\n記入者：', person(g.fullName())],
  (g) => ['こんばんは。', person(g.fullName()), 'と申します。'],
  (g) => [person(g.anyGiven()), '（', age(g.values.age(2, 10)), '）の保育園が決まりません。'],
  (g) => ['僕は', person(g.anyGiven()), 'といいます。大学生です。'],
  (g) => ['恋人の', person(g.anyGiven()), 'とは、来年結婚する予定です。'],
  (g) => ['失礼します。\n', person(g.fullNameKana())],
  (g) => ['昨日、', person(g.surname()), 'に呼び出されて怒られました。'],
];

const TITLED: FreshTemplate[] = [
  (g) => [person(g.titledSurname()), '係長のせいで、毎日残業です。'],
  (g) => ['整備工場の', person(g.titledSurname()), '工場長が、有給を認めてくれません。'],
  (g) => [person(g.titledSurname()), '主任という人に、毎日無視されています。'],
];

const FOREIGN: FreshTemplate[] = [
  (g) => {
    const n = g.nationality();
    return ['同じ寮の', person(g.foreignName(n, 'katakana')), 'さんが、けがをしました。'];
  },
  (g) => {
    const n = g.nationality();
    const [before, after] = g.pick(n.ownLanguage).split('{name}') as [string, string];
    return [before, person(g.foreignName(n, 'latin')), after, ' 給料が払われません。'];
  },
];

const CONTEXT_ORGS: FreshTemplate[] = [
  (g) => ['昔勤めていた', org(g.stem()), 'の社長から、電話がありました。'],
  (g) => ['姉は', org(g.stem()), 'というお店を一人でやっています。'],
  (g) => ['息子が所属している', org(g.team()), 'の監督が厳しすぎます。'],
  (g) => ['父が通っている', org(g.stem()), 'の送迎の時間が変わりました。'],
  (g) => ['この春から', org(g.suffixedOrganization()), 'で事務をしています。'],
  (g) => ['行きつけの', org(g.suffixedOrganization()), 'の奥さんに、話を聞いてもらいました。'],
  (g) => ['夫の職場は', org(g.suffixedOrganization()), 'です。'],
  (g) => ['以前勤めていた', org(g.suffixedOrganization()), 'で、けがをしました。'],
  (g) => ['紹介された', org(g.stem()), 'に面接に行きました。'],
];

const OTHER: FreshTemplate[] = [
  (g) => {
    const a = g.address();
    return ['現住所は', a.prefix, address(a.street), 'です。'];
  },
  (g) => ['携帯は', phone(g.values.phone()), 'です。'],
  (g) => ['社員番号：', id(g.values.digits(7))],
];

export const NIGHT_GROUPS: { templates: FreshTemplate[]; weight: number }[] = [
  { templates: NO_CUE, weight: 5 },
  { templates: TITLED, weight: 2 },
  { templates: FOREIGN, weight: 2 },
  { templates: CONTEXT_ORGS, weight: 6 },
  { templates: OTHER, weight: 2 },
];

export const NIGHT_FILLERS = `
夜勤明けで、頭がぼんやりしています。
桜の季節になると、気分が落ち込みます。
光熱費の請求が高くて驚きました。
会社の健康診断で、再検査になりました。
港の近くを歩くと、少し気が晴れます。
谷間の道は、夜になると暗くて怖いです。
`
  .trim()
  .split('\n');
