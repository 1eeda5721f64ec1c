/** Messages of employee-voice surveys: Japanese first, English typed to the same keys. */
import type { MessageShape } from '../shape.ts';

export const ja = {
  surveys: {
    title: '職場アンケート',
    workerLead:
      'お勤め先を対象にした無記名のアンケートです。だれがどう答えたかは、会社にも市にもわかりません。',
    staffLead:
      '無記名のアンケートを作成し、結果を確認できます。回答者が少ない項目は、個人が特定されないよう表示しません。',
    empty: 'アンケートはまだありません。',
    period: '{{from}}〜{{to}}',
    status: { scheduled: '開始前', open: '回答受付中', closed: '終了' },
    answer: '回答する',
    answered: '回答済みです。ご協力ありがとうございました。',
    results: '結果を見る',
    createTitle: 'アンケートを作成する',
    scale: {
      '1': 'まったくそう思わない',
      '2': 'あまりそう思わない',
      '3': 'どちらともいえない',
      '4': 'ややそう思う',
      '5': 'とてもそう思う',
    },
    form: {
      title: 'タイトル',
      likert: '5段階で答える質問（1行に1問）',
      likertHint: '選択肢は「{{labels}}」です。',
      texts: '自由記述の質問（1行に1問、なくてもかまいません）',
      textsHint: '自由記述は、氏名・会社名などを伏せてから保存されます。',
      targets: '対象の事業所',
      ownOrganization: '対象：{{name}}の従業員',
      opensOn: '開始日',
      closesOn: '終了日',
      dateHint: '日本時間で、開始日の0時から終了日の終わりまで回答できます。',
      privacy:
        '回答はだれのものかわからない形で保存されます。回答者が10人未満の項目は結果に表示されません。',
      submit: '作成する',
      problems: {
        title: 'タイトルを入力してください。',
        likert: '5段階の質問を1問以上入力してください。',
        targets: '対象の事業所を選んでください。',
        dates: '開始日と終了日を入力してください（終了日は開始日以降）。',
      },
    },
    answerLead:
      '無記名です。回答はだれのものかわからない形で保存され、{{k}}人以上の回答がまとまったときだけ集計結果として示されます。',
    required: 'どれか1つを選んでください。',
    textHint: '任意です。お名前や会社名などは自動で伏せられます。',
    send: '回答を送る',
    thanks: '回答を受け付けました。ご協力ありがとうございました。',
    scope: {
      municipality: '対象の事業所すべての回答者の集計です。',
      organization: '貴社の回答者だけの集計です。',
    },
    tooFew: '回答者が{{k}}人未満のため表示していません。',
    previous:
      '前回（{{at}}）の結果を表示しています。前回から回答者が{{k}}人以上増えると更新されます（少人数の差から個人の回答がわからないようにするためです）。',
    hidden: '非公表',
    hiddenExplained:
      '「非公表」は、回答者が{{k}}人未満のため表示していない項目と、そこから人数が計算できてしまうため一緒に伏せた項目です。',
    choice: '選択肢',
    count: '人数',
    total: '合計',
    noText: '自由記述の回答はありません。',
    textWithheld:
      '自由記述は、回答がまだ少ないか、前回の表示からの新しい回答が少ないため、いまは表示していません（誰が書いたかわからないようにするためです）。',
  },
};

export const en: MessageShape<typeof ja> = {
  surveys: {
    title: 'Workplace surveys',
    workerLead:
      'Anonymous surveys for your workplace. Neither your employer nor the city can tell who answered what.',
    staffLead:
      'Create anonymous surveys and read their results. Figures about only a few people are not shown, so nobody can be singled out.',
    empty: 'No surveys yet.',
    period: '{{from}} – {{to}}',
    status: { scheduled: 'Not yet open', open: 'Open', closed: 'Closed' },
    answer: 'Answer',
    answered: 'You have answered. Thank you.',
    results: 'See results',
    createTitle: 'Create a survey',
    scale: {
      '1': 'Strongly disagree',
      '2': 'Disagree',
      '3': 'Neither',
      '4': 'Agree',
      '5': 'Strongly agree',
    },
    form: {
      title: 'Title',
      likert: 'Questions answered on a 1–5 scale (one per line)',
      likertHint: 'The choices are: {{labels}}.',
      texts: 'Free-text questions (one per line, optional)',
      textsHint: 'Free text is stored only after names, employers and the like are removed.',
      targets: 'Employers surveyed',
      ownOrganization: 'For the staff of {{name}}',
      opensOn: 'Opens on',
      closesOn: 'Closes on',
      dateHint: 'Japan time: open from midnight of the first day to the end of the last day.',
      privacy:
        'Answers are stored so that nobody can tell whose they are. Items with fewer than 10 respondents are not shown.',
      submit: 'Create',
      problems: {
        title: 'Please enter a title.',
        likert: 'Please enter at least one 1–5 question.',
        targets: 'Please choose the employers to survey.',
        dates: 'Please enter both dates (closing on or after opening).',
      },
    },
    answerLead:
      'Anonymous. Answers are stored without who gave them and shown only as totals of {{k}} or more people.',
    required: 'Please choose one.',
    textHint: 'Optional. Names and employers are removed automatically.',
    send: 'Send answers',
    thanks: 'Your answers were received. Thank you.',
    scope: {
      municipality: 'Totals over all respondents of the surveyed employers.',
      organization: 'Totals over your own staff only.',
    },
    tooFew: 'Not shown: fewer than {{k}} people have answered.',
    previous:
      'Showing the results of {{at}}. They will be updated once at least {{k}} more people have answered (so that a small difference cannot reveal anyone’s answers).',
    hidden: 'Not published',
    hiddenExplained:
      '"Not published" marks figures about fewer than {{k}} people, and figures hidden with them because they would let those be calculated.',
    choice: 'Choice',
    count: 'People',
    total: 'Total',
    noText: 'No free-text answers.',
    textWithheld:
      'Free-text answers are not shown for now: there are still too few of them, or too few new ones since the last view (so that nobody can tell who wrote what).',
  },
};
