import type { TPracticeInput } from '@yorisoi/shared';

/**
 * The library a municipality starts with: established Japanese good practices, each with
 * where it comes from. The city edits its copy; this list is only the first seed.
 */
export const practiceCatalogue: readonly TPracticeInput[] = [
  {
    topic: 'work_style',
    lifeEvent: null,
    title: '勤務間インターバル制度の導入',
    summary:
      '終業から次の始業まで一定の休息時間（例：11時間）を確保する制度です。長時間労働が続く職場で、睡眠と生活時間を守ります。就業規則に定め、対象者と例外時の扱いを決めて運用します。',
    sourceNote:
      '労働時間等設定改善法（努力義務）、厚生労働省「勤務間インターバル制度導入・運用マニュアル」、働き方改革推進支援助成金',
  },
  {
    topic: 'work_style',
    lifeEvent: null,
    title: '時間単位の年次有給休暇',
    summary:
      '年5日の範囲で、年次有給休暇を1時間単位で取れるようにします。通院・学校行事・介護の付き添いなど、短時間の用事で欠勤や早退を選ばずに済みます。労使協定で導入します。',
    sourceNote: '労働基準法第39条第4項（時間単位年休）、厚生労働省リーフレット',
  },
  {
    topic: 'childcare',
    lifeEvent: null,
    title: 'イクボス宣言',
    summary:
      '管理職が、部下の仕事と育児・介護の両立を応援し、自らも仕事と生活を楽しむことを宣言します。自治体の宣言制度に参加し、宣言を社内外に掲示します。',
    sourceNote:
      'NPO法人ファザーリング・ジャパン「イクボスプロジェクト」、各自治体のイクボス宣言制度',
  },
  {
    topic: 'childcare',
    lifeEvent: 'birth',
    title: '男性の育児休業取得の促進',
    summary:
      '配偶者の妊娠・出産を申し出た従業員に、育児休業制度と産後パパ育休を個別に周知し、取得の意向を確認します。取得者の業務を分担する体制を前もって決めておきます。',
    sourceNote:
      '育児・介護休業法（個別周知・意向確認の義務、産後パパ育休）、両立支援等助成金（出生時両立支援コース）',
  },
  {
    topic: 'childcare',
    lifeEvent: 'parental_leave_return',
    title: '育休復帰前面談と短時間勤務',
    summary:
      '復帰の1〜2か月前に面談し、保育園の送迎時間に合わせた短時間勤務や業務量を決めます。復帰後3か月をめどに見直します。',
    sourceNote:
      '育児・介護休業法（短時間勤務制度）、厚生労働省「育休復帰支援プラン」策定マニュアル',
  },
  {
    topic: 'elder_care',
    lifeEvent: null,
    title: '介護休業制度の周知',
    summary:
      '介護休業（通算93日）・介護休暇・所定外労働の制限などを、40歳に達した従業員などへ早めに知らせます。介護に直面したと申し出た人には個別に制度を説明し、意向を確認します。',
    sourceNote:
      '育児・介護休業法（2025年4月施行の改正で個別周知・意向確認と早期の情報提供が義務化）',
  },
  {
    topic: 'elder_care',
    lifeEvent: 'care_start',
    title: '仕事と介護の両立支援（相談窓口と地域包括支援センターの案内）',
    summary:
      '社内の相談窓口を決め、介護が始まったときに地域包括支援センターやケアマネジャーにつなぎます。介護支援プランを作り、休業から復帰までを支えます。',
    sourceNote:
      '厚生労働省「仕事と介護の両立支援対応モデル」、両立支援等助成金（介護離職防止支援コース）',
  },
  {
    topic: 'mental_health',
    lifeEvent: null,
    title: 'ストレスチェックの集団分析と職場環境改善',
    summary:
      'ストレスチェックの結果を部署ごとに集団分析し（10人未満の集団は集計しない）、従業員参加型のミーティングで改善策を決めて実行します。',
    sourceNote:
      '労働安全衛生法第66条の10、厚生労働省「ストレスチェック制度実施マニュアル」、職場環境改善のためのヒント集',
  },
  {
    topic: 'physical_mental_health',
    lifeEvent: 'own_illness',
    title: '治療と仕事の両立支援',
    summary:
      '病気の治療を続けながら働けるよう、主治医の意見を踏まえて両立支援プランを作り、通院のための休暇や勤務時間の調整を行います。',
    sourceNote:
      '厚生労働省「事業場における治療と仕事の両立支援のためのガイドライン」、産業保健総合支援センター',
  },
  {
    topic: 'menopause',
    lifeEvent: null,
    title: '更年期症状への配慮と相談窓口',
    summary:
      '更年期の症状について管理職向けの研修を行い、体調不良時の休憩・休暇（時間単位年休など）や相談窓口を整えます。受診しやすい職場の雰囲気をつくります。',
    sourceNote:
      '厚生労働省「働く女性の心とからだの応援サイト」、女性の健康課題に関する事業主向け資料',
  },
  {
    topic: 'fertility_treatment',
    lifeEvent: 'fertility_treatment_start',
    title: '不妊治療と仕事の両立（休暇制度と配慮）',
    summary:
      '通院のための休暇や柔軟な勤務を利用できるようにし、プライバシーに配慮した相談窓口を設けます。',
    sourceNote:
      '厚生労働省「不妊治療を受けながら働き続けられる職場づくりのためのマニュアル」、くるみんプラス認定',
  },
  {
    topic: 'harassment',
    lifeEvent: null,
    title: 'ハラスメント相談窓口の周知と研修',
    summary:
      '社内外の相談窓口を全員に周知し、相談者が不利益を受けないことを明記します。管理職と従業員向けの研修を毎年行います。',
    sourceNote: '労働施策総合推進法（パワハラ防止措置義務）、厚生労働省「あかるい職場応援団」',
  },
  {
    topic: 'career',
    lifeEvent: 'leaving_considered',
    title: 'キャリア面談（セルフ・キャリアドック）',
    summary:
      '節目ごとにキャリアコンサルタントとの面談を行い、配置や働き方の希望を聞き取って、離職を防ぎます。',
    sourceNote: '厚生労働省「セルフ・キャリアドック導入の方針と展開」、人材開発支援助成金',
  },
];
