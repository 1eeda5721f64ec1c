import { age, person, phone, org, type Template } from './generator.ts';

/** Given names alone, introduced by a family word, a partner or the writer. */
export const INTRODUCED_GIVEN: Template[] = [
  (g) => ['娘の', person(g.anyGiven()), 'が最近学校に行きたがりません。'],
  (g) => ['夫の', person(g.anyGiven()), 'は夜勤が多く、家のことはほとんど私がしています。'],
  (g) => ['息子（', person(g.anyGiven()), '）が保育園で噛みつきをしてしまうそうです。'],
  (g) => [
    '長女の',
    person(g.anyGiven()),
    '、次女の',
    person(g.anyGiven()),
    'の二人を一人で育てています。',
  ],
  (g) => ['名前は', person(g.anyGiven()), 'です。匿名でも相談できますか。'],
  (g) => ['私は', person(g.anyGiven()), 'といいます。工場で働いています。'],
  (g) => ['彼氏の', person(g.anyGiven()), 'から毎日LINEが来て、返信が遅いと怒られます。'],
  (g) => ['義母の', person(g.givenName().kanji), 'との同居がつらくて、家に帰りたくないです。'],
  (g) => ['友人の', person(g.anyGiven()), 'に相談したら、ここを教えてもらいました。'],
  (g) => ['同僚の', person(g.anyGiven()), 'ちゃんが最近元気がなくて心配です。'],
  (g) => ['妻・', person(g.anyGiven()), 'が産後うつかもしれません。'],
  (g) => ['上の子は', person(g.anyGiven()), '、下の子は', person(g.anyGiven()), 'といいます。'],
  (g) => [
    person(g.anyGiven()),
    '（',
    age(String(g.random.int(1, 9))),
    '）の発達のことで相談です。',
  ],
  (g) => ['うちの', person(g.anyGiven()), 'は4月から年長になります。'],
  (g) => ['彼女の', person(g.anyGiven()), 'が職場でいじめられているみたいです。'],
  (g) => ['母の', person(g.givenName().kanji), 'が認知症と診断されました。'],
  (g) => ['主人の', person(g.anyGiven()), 'が先月から休職しています。'],
  (g) => ['元夫の', person(g.anyGiven()), 'から養育費が払われていません。'],
  (g) => ['孫の', person(g.anyGiven()), 'を週に3回預かっています。'],
  (g) => ['私、', person(g.anyGiven()), 'と申します。夜勤明けに書いています。'],
  (g) => [
    '次男の',
    person(g.anyGiven()),
    'は',
    age(g.values.age(2, 15)),
    'で、発達がゆっくりです。',
  ],
  (g) => ['息子は', person(g.anyGiven()), 'っていうんですが、最近朝起きられません。'],
  (g) => ['上司（', person(g.anyGiven()), 'さん）の言い方がきつくてつらいです。'],
  (g) => ['夫（', person(g.anyGiven()), '）とは話し合いになりません。'],
  (g) => ['パートナーの', person(g.anyGiven()), 'と入籍を考えています。'],
  (g) => ['父・', person(g.givenName().kanji), 'の介護で、有給がもうありません。'],
  (g) => ['弟の', person(g.anyGiven()), 'が仕事を辞めて引きこもっています。'],
  (g) => ['姉の', person(g.anyGiven()), 'にも相談しましたが、我慢しろと言われました。'],
  (g) => ['末っ子の', person(g.anyGiven()), 'がまだ夜泣きします。'],
  (g) => ['下の娘、', person(g.anyGiven()), 'がアトピーで夜中に何度も起きます。'],
  (g) => ['実は', person(g.anyGiven()), '（長男）のことで悩んでいます。'],
  (g) => ['旦那の', person(g.anyGiven()), 'が育休を取りたいと言ったら、会社に反対されたそうです。'],
  (g) => ['娘、', person(g.anyGiven()), 'は来年小学生です。'],
  (g) => ['甥の', person(g.anyGiven()), 'を預かることになりました。'],
  (g) => ['長男', person(g.givenName().kanji), 'が不登校気味です。'],
  (g) => ['夫：', person(g.anyGiven()), '、私：看護師、子ども2人の4人家族です。'],
  (g) => ['友達の', person(g.anyGiven()), 'も同じ職場で、同じように悩んでいます。'],
  (g) => ['同期の', person(g.anyGiven()), 'くんが急に辞めてしまい、仕事が回りません。'],
  (g) => ['婚約者の', person(g.anyGiven()), 'とは遠距離です。'],
  (g) => ['兄の', person(g.anyGiven()), 'に母の介護を押しつけられています。'],
  (g) => ['わたしは', person(g.anyGiven()), 'です。夜勤のある病棟で働いています。'],
  (g) => ['僕、', person(g.anyGiven()), 'っていいます。先月入社しました。'],
  (g) => ['次女（', person(g.anyGiven()), '）は中学生で、部活で悩んでいます。'],
  (g) => ['うちの子（', person(g.anyGiven()), '）がまだ夜中に起きます。'],
];

/** Names in Latin script or katakana: foreign workers, also inside other languages, and display names. */
export const FOREIGN_AND_DISPLAY: Template[] = [
  (g) => {
    const n = g.nationality();
    return [
      `${n.fromJa}から来た技能実習生の`,
      person(g.foreignName(n, 'katakana')),
      'です。手がしびれて痛いです。',
    ];
  },
  (g) => {
    const n = g.nationality();
    return [
      'My name is ',
      person(g.foreignName(n, 'latin')),
      '. I work at the factory and my back hurts.',
    ];
  },
  (g) => {
    const n = g.nationality();
    const [before, after] = g.pick(n.ownLanguage).split('{name}') as [string, string];
    return [before, person(g.foreignName(n, 'latin')), after, ' 日本語すこしです。'];
  },
  (g) => {
    const n = g.nationality();
    return [
      `同じ寮の${n.fromJa}人の`,
      person(g.foreignGiven(n, 'katakana')),
      'さんが、夜眠れないと言っています。',
    ];
  },
  (g) => [person(g.foreignName(g.nationality(), 'latin')), 'と申します。通訳をお願いできますか。'],
  (g) => {
    const n = g.nationality();
    return [
      'Please call me, ',
      person(g.foreignName(n, 'latin')),
      ', at ',
      phone(g.values.phone()),
      '.',
    ];
  },
  (g) => {
    const n = g.nationality();
    const s = g.surname();
    return [
      'I am ',
      person(g.foreignGiven(n, 'latin')),
      ` from ${n.country}. My supervisor Mr. `,
      person(g.values.romaji(s.kana)),
      ' shouts at me every day.',
    ];
  },
  (g) => ['LINEの表示名は「', person(g.anyGiven()), g.pick(['🌸', '☆', '♪', '', '🍓']), '」です。'],
  (g) => [
    'グループLINEで「',
    person(g.pick([g.anyGiven(), g.values.romaji(g.givenName().kana)])),
    g.pick(['', '@育休中', '(3児ママ)', '🐶']),
    '」という人から悪口を書かれました。',
  ],
  (g) => {
    const n = g.nationality();
    return [
      'リーダーの',
      person(g.foreignGiven(n, 'katakana')),
      `さん（${n.fromJa}人）がいつも助けてくれます。`,
    ];
  },
  (g) => ['同じラインの', person(g.chineseKanji()), 'さんが、給料のことで困っています。'],
  (g) => {
    const n = g.nationality();
    return ['寮で同室の', person(g.foreignName(n, 'katakana')), 'が、ずっと咳をしています。'];
  },
  (g) => ['振込名義は', person(g.fullNameKana()), 'でお願いします。'],
  (g) => {
    const n = g.nationality();
    return ['Em tên là ', person(g.foreignName(n, 'latin')), '. 病院に行きたいです。'];
  },
  (g) => [
    'インスタの名前は',
    person(g.values.romaji(g.givenName().kana)),
    'です。DMで連絡ください。',
  ],
  (g) => {
    const n = g.nationality();
    return [
      'Hi, this is ',
      person(g.foreignGiven(n, 'latin')),
      '. My friend ',
      person(g.foreignName(n, 'latin')),
      ' is sick and cannot go to work.',
    ];
  },
  (g) => {
    const n = g.nationality();
    return [
      '妻の',
      person(g.foreignGiven(n, 'katakana')),
      `は${n.fromJa}出身で、日本語が少ししか話せません。`,
    ];
  },
  (g) => [
    'チャットの名前は「',
    person(g.pick([g.values.romaji(g.givenName().kana), g.anyGiven()])),
    '」にしています。本名は言いたくないです。',
  ],
];

/** Family names with a job title; half of them are also ordinary words or single kanji. */
export const TITLED: Template[] = [
  (g) => [person(g.titledSurname()), '課長にいつも皆の前で怒鳴られます。'],
  (g) => ['上司の', person(g.titledSurname()), '部長から、毎晩遅くまで電話がきます。'],
  (g) => [
    '担任の',
    person(g.titledSurname()),
    '先生に相談しても、様子を見ましょうと言われるだけです。',
  ],
  (g) => ['店長の', person(g.titledSurname()), 'さんにシフトを勝手に減らされました。'],
  (g) => [person(g.titledSurname()), '店長が、休憩を取らせてくれません。'],
  (g) => ['主治医の', person(g.titledSurname()), '先生が転勤になり、不安です。'],
  (g) => [
    person(g.titledSurname()),
    '係長と',
    person(g.titledSurname()),
    '主任が、私の悪口を言っています。',
  ],
  (g) => [person(g.titledSurname()), '所長に育休のことを話したら、嫌な顔をされました。'],
  (g) => ['園の', person(g.titledSurname()), '園長先生は、話を聞いてくれます。'],
  (g) => [person(g.titledSurname()), '師長から、夜勤を増やすように言われています。'],
  (g) => ['職場の', person(g.titledSurname()), 'さんから、しつこく食事に誘われます。'],
  (g) => [person(g.titledSurname()), '社長は「うちは育休なんてない」と言います。'],
  (g) => ['工場長の', person(g.titledSurname()), 'が、怪我を労災にしないと言いました。'],
  (g) => [person(g.titledSurname()), '先生（小児科）に、発達検査を勧められました。'],
  (g) => ['直属の', person(g.titledSurname()), 'マネージャーが、評価を下げると脅してきます。'],
  (g) => [person(g.titledSurname()), '次長に相談した内容が、部署中に広まっていました。'],
  (g) => ['うちの', person(g.titledSurname()), '部長は、子育て中の人に冷たいです。'],
  (g) => ['この前、', person(g.titledSurname()), '課長に「女は使えない」と言われました。'],
  (g) => [person(g.titledSurname()), '先生からの連絡帳に、毎日のように注意が書かれています。'],
  (g) => ['前の', person(g.titledSurname()), '店長のときは、シフトの融通がききました。'],
  (g) => ['新しく来た', person(g.titledSurname()), '主任が、休憩中も仕事を振ってきます。'],
  (g) => ['担当の', person(g.titledSurname()), '係長に話しても、上に伝えてくれません。'],
  (g) => [person(g.titledSurname()), '院長に、育休を取るなら辞めてもらうと言われました。'],
  (g) => ['整形外科の', person(g.titledSurname()), '先生に、仕事を休むように言われました。'],
];

/** Other names: full names, signatures, forms, さん after a surname. */
export const OTHER_PERSONS: Template[] = [
  (g) => [person(g.fullName()), 'と申します。パワハラのことで相談させてください。'],
  (g) => ['折り返しはこちらにお願いします。', person(g.fullName())],
  (g) => ['ケアマネの', person(g.surname().kanji), 'さんに相談するべきでしょうか。'],
  (g) => ['申込者：', person(g.fullName()), '　連絡先：', phone(g.values.phone())],
  (g) => ['氏名 ', person(g.fullName()), '（', age(g.values.age(20, 60)), '）'],
  (g) => [person(g.surname().kanji), 'さんという先輩に、毎日無視されています。'],
  (g) => ['隣の', person(g.surname().kanji), 'さんが、母の様子をときどき見てくれます。'],
  (g) => ['総務の', person(g.surname().kanji), 'さんに診断書を見せるのが怖いです。'],
  (g) => [person(g.surname().kanji), 'から、「辞めたら損害賠償だ」と言われました。'],
  (g) => ['保健師の', person(g.fullName()), 'さんからの紹介で連絡しました。'],
  (g) => [
    '担当は',
    person(g.surname().kanji),
    'でした。',
    org(g.legalOrganization()),
    'の人事です。',
  ],
  (g) => ['よろしくお願いします。\n', person(g.fullName())],
  (g) => [
    '同じパートの',
    person(g.surname().kanji),
    'さんと',
    person(g.surname().kanji),
    'さんが、陰口を言っています。',
  ],
  (g) => [person(g.fullName()), 'です。先日はありがとうございました。'],
  (g) => ['以上、', person(g.surname().kanji), 'でした。'],
  (g) => ['記入者　', person(g.fullName())],
  (g) => ['前の職場では', person(g.surname().kanji), 'さんという方にお世話になりました。'],
  (g) => [
    '近所の',
    person(g.surname().kanji),
    'さんの奥さんが、子どもを見てくれることがあります。',
  ],
];
