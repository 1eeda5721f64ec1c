/**
 * Templates of the fresh held-out split, written to the label rules of shared/eval/README.md with
 * phrasings the tuning templates do not use. Written before the de-identifier ran on them and not
 * changed after seeing results.
 */
import type { FreshGen } from './fresh.ts';
import { address, age, date, id, org, person, phone, postal, url, type Part } from './generator.ts';

export type FreshTemplate = (g: FreshGen) => Part[];

const INTRODUCED: FreshTemplate[] = [
  (g) => ['三男・', person(g.anyGiven()), 'は小学2年です。'],
  (g) => ['うちの上の子の', person(g.anyGiven()), 'が、学校で叩かれたそうです。'],
  (g) => [person(g.anyGiven()), '（娘）が熱を出して、仕事を休みました。'],
  (g) => ['娘の名前は', person(g.anyGiven()), 'っていいます。'],
  (g) => ['私（', person(g.anyGiven()), '）は派遣で働いています。'],
  (g) => ['義妹の', person(g.anyGiven()), 'ちゃんが、母の面倒を見ません。'],
  (g) => ['姪っ子の', person(g.anyGiven()), 'を一時的に預かっています。'],
  (g) => ['連れ子の', person(g.anyGiven()), 'と夫の仲がよくありません。'],
  (g) => ['内縁の夫、', person(g.anyGiven()), 'が暴力をふるいます。'],
  (g) => ['元カレの', person(g.anyGiven()), 'がしつこく連絡してきます。'],
  (g) => ['先輩の', person(g.anyGiven()), 'さんに、飲み会に来いと言われます。'],
  (g) => ['僕は', person(g.anyGiven()), 'と言います。高校を中退して働いています。'],
  (g) => ['母、', person(g.givenKanji()), 'は一人暮らしで、最近物忘れがひどいです。'],
  (g) => ['長男が', person(g.anyGiven()), '、次男が', person(g.anyGiven()), 'です。'],
  (g) => [
    '双子の',
    person(g.anyGiven()),
    'と',
    person(g.anyGiven()),
    'が、同じ保育園に通っています。',
  ],
  (g) => ['わが家の末っ子', person(g.anyGiven()), 'は、言葉が遅いです。'],
  (g) => ['息子（', person(g.anyGiven()), '、', age(g.values.age(3, 14)), '）が夜中に吐きました。'],
  (g) => ['夫 ', person(g.anyGiven()), 'の両親と同居しています。'],
  (g) => ['わたし、', person(g.anyGiven()), 'っていいます。シングルマザーです。'],
  (g) => ['妹の', person(g.anyGiven()), 'が、夫から暴力を受けているようです。'],
];

const FOREIGN_AND_DISPLAY: FreshTemplate[] = [
  (g) => {
    const n = g.nationality();
    return ['私は', `${n.fromJa}出身の`, person(g.foreignName(n, 'katakana')), 'と申します。'];
  },
  (g) => {
    const n = g.nationality();
    const [before, after] = g.pick(n.ownLanguage).split('{name}') as [string, string];
    return [before, person(g.foreignName(n, 'latin')), after, ' 会社のことで相談したいです。'];
  },
  (g) => [
    "I'm ",
    person(g.foreignName(g.nationality(), 'latin')),
    ', a technical intern at a farm. I have not been paid for two months.',
  ],
  (g) => {
    const n = g.nationality();
    return [
      '同僚の',
      person(g.foreignGiven(n, 'katakana')),
      `さん（${n.fromJa}）が、パスポートを会社に取られています。`,
    ];
  },
  (g) => [
    'LINEの名前は「',
    person(g.foreignGiven(g.nationality(), 'latin')),
    g.pick(['🌺', '💕', '', '✨']),
    '」です。',
  ],
  (g) => ['ママ友のLINEグループで「', person(g.anyGiven()), 'ママ」という人に無視されています。'],
  (g) => [
    'Facebookで',
    person(g.foreignName(g.nationality(), 'latin')),
    'という名前の人から、しつこくメッセージが来ます。',
  ],
  (g) => [
    'WhatsAppで',
    person(g.foreignGiven(g.nationality(), 'latin')),
    'から、仕事を辞めたいと連絡がありました。',
  ],
  (g) => {
    const n = g.nationality();
    return [
      '寮の部屋は',
      person(g.foreignGiven(n, 'katakana')),
      'さんと',
      person(g.foreignGiven(n, 'katakana')),
      'さんと一緒です。',
    ];
  },
  (g) => [
    'Please help my friend ',
    person(g.foreignName(g.nationality(), 'latin')),
    '. She cannot speak Japanese.',
  ],
  (g) => ['通訳は同じ会社の', person(g.chineseKanji()), 'さんにお願いしています。'],
  (g) => ['インスタのアカウント名は「', person(g.romajiGiven()), '」です。'],
  (g) => {
    const n = g.nationality();
    return [
      '娘の友達の',
      person(g.foreignName(n, 'katakana')),
      'ちゃんのお母さんから相談されました。',
    ];
  },
  (g) => {
    const n = g.nationality();
    return [
      '夫は',
      person(g.foreignName(n, 'latin')),
      `という${n.fromJa}人で、今は国に帰っています。`,
    ];
  },
];

const TITLED: FreshTemplate[] = [
  (g) => [person(g.titledSurname()), '施設長に、夜勤明けも残るように言われます。'],
  (g) => ['寮長の', person(g.titledSurname()), 'さんが、部屋に勝手に入ってきます。'],
  (g) => [person(g.titledSurname()), '事務長から、有給は使えないと言われました。'],
  (g) => ['料理長の', person(g.titledSurname()), 'に、包丁の柄で叩かれました。'],
  (g) => [person(g.titledSurname()), '支配人は、シフトを勝手に変えます。'],
  (g) => ['現場の', person(g.titledSurname()), '職長が、安全帯なしで作業させます。'],
  (g) => [person(g.titledSurname()), '取締役に呼び出されて、退職を勧められました。'],
  (g) => ['塾の', person(g.titledSurname()), '先生が、娘にしつこく連絡してきます。'],
  (g) => [person(g.titledSurname()), '部長代理から、毎日のように嫌味を言われます。'],
  (g) => ['新しい', person(g.titledSurname()), '課長は、話をよく聞いてくれます。'],
  (g) => [person(g.titledSurname()), 'ケアマネが、母のプランを変えてくれません。'],
  (g) => ['学年主任の', person(g.titledSurname()), '先生と面談しました。'],
  (g) => ['元上司の', person(g.titledSurname()), 'さんから、まだ連絡が来ます。'],
  (g) => [person(g.titledSurname()), '看護部長に異動願いを出しました。'],
  (g) => [person(g.titledSurname()), '副店長が、レジのお金が合わないと私を疑っています。'],
  (g) => ['小児科の', person(g.titledSurname()), '医師から、入院を勧められました。'],
];

const OTHER_PERSONS: FreshTemplate[] = [
  (g) => ['差出人：', person(g.fullName())],
  (g) => ['よろしくお願いいたします。\n――', person(g.fullName())],
  (g) => [person(g.surname()), 'さんって人が、私の机を勝手に触ります。'],
  (g) => ['隣の席の', person(g.surname()), 'さんが、ずっと舌打ちしてきます。'],
  (g) => [person(g.fullName()), '（', age(g.values.age(20, 70)), '）より'],
  (g) => ['宛名は', person(g.fullName()), '様でお願いします。'],
  (g) => ['相談者名：', person(g.fullNameKana())],
  (g) => ['こんにちは、', person(g.surname()), 'です。先日お電話した者です。'],
  (g) => ['長文失礼しました。', person(g.surname())],
  (g) => ['元夫は', person(g.fullName()), 'で、今も近くに住んでいます。'],
  (g) => ['加害者は', person(g.surname()), 'という男性社員です。'],
  (g) => ['紹介してくれたのは民生委員の', person(g.surname()), 'さんです。'],
  (g) => [person(g.surname()), 'さん、', person(g.surname()), 'さんの二人から無視されています。'],
  (g) => ['お名前：', person(g.fullName())],
  (g) => [person(g.fullName()), 'の代理で、妻の私が書いています。'],
];

const SUFFIXED_ORGANIZATIONS: FreshTemplate[] = [
  (g) => [org(g.suffixedOrganization()), 'でパートを始めて3か月です。'],
  (g) => ['祖父は', org(g.suffixedOrganization()), 'に入っています。'],
  (g) => ['妻の勤める', org(g.suffixedOrganization()), 'は、土日も営業しています。'],
  (g) => ['近くの', org(g.suffixedOrganization()), 'に相談しました。'],
  (g) => ['去年まで', org(g.suffixedOrganization()), 'にいました。'],
  (g) => ['「', org(g.suffixedOrganization()), '」の社長から、給料を減らすと言われました。'],
  (g) => ['子どもが', org(g.suffixedOrganization()), 'でお世話になっています。'],
  (g) => ['実家は', org(g.suffixedOrganization()), 'を営んでいます。'],
  (g) => [org(g.suffixedOrganization()), 'の奥さんに、よくしてもらっています。'],
  (g) => ['夫は', org(g.suffixedOrganization()), 'に勤めています。'],
  (g) => [
    org(
      `${g.pick(['焼肉', 'ペットサロン', '整体院', 'こども食堂'])}${g.pick(['', ' '])}${g.stem()}`,
    ),
    'で働いています。',
  ],
];

const CONTEXT_ORGANIZATIONS: FreshTemplate[] = [
  (g) => ['バイト先の「', org(g.stem()), '」で、店長に怒られました。'],
  (g) => ['派遣先は', org(g.stem()), 'で、ライン作業をしています。'],
  (g) => ['夫は', org(g.stem()), 'というところで配送の仕事をしています。'],
  (g) => [
    '系列の',
    org(`${g.stem()}${g.pick(['ファクトリー', 'リテール', 'ケア', 'エナジー'])}`),
    'に移るよう言われています。',
  ],
  (g) => ['娘の所属している', org(g.team()), 'で、コーチの暴言があります。'],
  (g) => ['元請けの', org(g.stem()), 'から、無理な納期を言われています。'],
  (g) => ['相談支援の', org(g.stem()), 'の方に、ここを勧められました。'],
  (g) => ['「', org(g.stem()), '」という雑貨屋さんで働いています。'],
  (g) => ['息子は', org(g.team()), 'の練習に、毎週末行っています。'],
  (g) => ['いま働いている', org(g.stem()), 'は、社員が10人くらいの会社です。'],
  (g) => ['以前は', org(g.stem()), 'っていう介護の会社にいました。'],
  (g) => ['訪問介護は', org(g.stem()), 'さんにお願いしています。'],
  (g) => [
    '関連会社の',
    org(`${g.stem()}${g.pick(['ロジテック', 'ネクスト', 'ワークス'])}`),
    'に出向しています。',
  ],
];

const ADDRESSES: FreshTemplate[] = [
  (g) => {
    const a = g.address();
    return ['現住所：', a.prefix, address(a.street)];
  },
  (g) => {
    const a = g.address();
    return ['実家は', a.prefix, address(a.street), 'にあります。'];
  },
  (g) => {
    const a = g.address();
    return ['送付先 ', postal(g.values.postalCode()), ' ', a.prefix, address(a.street)];
  },
  (g) => {
    const a = g.address();
    return ['父は', a.prefix, address(a.street), 'に一人で住んでいます。'];
  },
  (g) => {
    const a = g.address();
    return [a.prefix, address(a.street), 'に引っ越しました。'];
  },
];

const digitsOf = (g: FreshGen, count: number): string => g.values.digits(count);

const LABELLED_NUMBERS: FreshTemplate[] = [
  (g) => [
    '被保険者証の記号 ',
    id(g.values.width(digitsOf(g, g.int(4, 8)), 0.5)),
    '、番号 ',
    id(g.values.width(String(g.int(1, 120)), 0.5)),
    ' です。',
  ],
  (g) => [
    '健康保険被保険者証（記号：',
    id(digitsOf(g, g.int(3, 7))),
    '／番号：',
    id(String(g.int(1, 300))),
    '）',
  ],
  (g) => ['年金の基礎年金番号 ', id(g.values.width(digitsOf(g, 10))), ' がわかりません。'],
  (g) => [
    '雇用保険被保険者番号：',
    id(g.values.width(`${digitsOf(g, 4)}-${digitsOf(g, 6)}-${g.int(0, 9)}`)),
  ],
  (g) => {
    const n = g.values.myNumber();
    return [
      'マイナンバー（個人番号）は',
      id(g.values.width(`${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`)),
      'です。',
    ];
  },
  (g) => [
    '在留カードの番号は',
    id(`${g.pick(['RT', 'MK', 'PZ'])}${digitsOf(g, 8)}${g.pick(['HA', 'KB', 'ZX'])}`),
    'です。',
  ],
  (g) => ['運転免許証番号 第', id(g.values.width(digitsOf(g, 12))), '号'],
  (g) => ['パスポートの番号は', id(`${g.pick(['TZ', 'MR', 'TS'])}${digitsOf(g, 7)}`), 'です。'],
  (g) => ['社員No. ', id(`${g.pick(['E', 'T', 'KG'])}${digitsOf(g, 5)}`), ' です。'],
  (g) => ['後期高齢者医療の被保険者番号は', id(g.values.width(digitsOf(g, 8))), 'です。'],
  (g) => ['介護保険証の番号', id(`00${digitsOf(g, 8)}`), 'を書く欄があります。'],
  (g) => ['障害者手帳の番号は', id(g.values.width(digitsOf(g, 6))), 'です。'],
  (g) => ['ハローワークの求職番号は', id(`46${g.int(100, 999)}-${digitsOf(g, 8)}`), 'です。'],
  (g) => ['児童扶養手当の証書番号は', id(digitsOf(g, 7)), 'です。'],
  (g) => ['会員番号 ', id(g.values.width(digitsOf(g, 8))), ' で登録しています。'],
  (g) => [
    '受給資格者番号は',
    id(`${digitsOf(g, 4)}-${digitsOf(g, 6)}-${g.int(0, 9)}`),
    'と書いてあります。',
  ],
];

const HANDLES = ['kagoshima_life', 'yuzu.mama', 'night_shift_k', 'nanohana22', 'shiro.cat'];

const URLS_AND_NUMBERS: FreshTemplate[] = [
  (g) => [
    'スレッズ（',
    url(`threads.net/@${g.values.handle(g.pick(HANDLES))}`),
    '）で晒されました。',
  ],
  (g) => ['プロフィールは ', url(`lit.link/${g.values.handle(g.pick(HANDLES))}`), ' にあります。'],
  (g) => ['入院したのは', date(g.values.date()), 'です。'],
  (g) => ['祖母は', age(g.values.age(80, 99)), 'で、まだ元気です。'],
  (g) => ['退職日：', date(g.values.date())],
  (g) => ['夜は', phone(g.values.phone()), 'に電話ください。'],
];

/** Template groups and how often a message draws from each (the kinds weigh most). */
export const FRESH_GROUPS: { templates: FreshTemplate[]; weight: number }[] = [
  { templates: INTRODUCED, weight: 4 },
  { templates: FOREIGN_AND_DISPLAY, weight: 3 },
  { templates: TITLED, weight: 3 },
  { templates: OTHER_PERSONS, weight: 3 },
  { templates: SUFFIXED_ORGANIZATIONS, weight: 3 },
  { templates: CONTEXT_ORGANIZATIONS, weight: 3 },
  { templates: ADDRESSES, weight: 2 },
  { templates: LABELLED_NUMBERS, weight: 3 },
  { templates: URLS_AND_NUMBERS, weight: 2 },
];

/** Sentences without personal information, with words that are also fresh names or stems. */
export const FRESH_FILLERS = `
鶴の折り紙を子どもと一緒に作りました。
熊が出たと町内放送があって、子どもを外で遊ばせられません。
岬の灯台まで散歩すると、少し気が晴れます。
ひまわり畑を見に行く約束をしていましたが、行けませんでした。
月見うどんを食べる元気も出ません。
出水市の制度で使える家事支援があるか調べています。
体重が52.3kgまで落ちてしまいました。
シフトは週4日、1日6時間です。
番号札を取って2時間待ちました。
記号の意味がわからない書類が届きました。
グループホームの見学に行きました。
年金事務所に電話しましたが、つながりませんでした。
寺の住職さんに話を聞いてもらいました。
介護保険の申請をして、結果を待っています。
堤防沿いを走るのが、唯一のストレス解消です。
空がきれいだったので、写真を撮りました。
`
  .trim()
  .split('\n');
