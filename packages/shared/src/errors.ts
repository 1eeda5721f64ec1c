/**
 * The one error catalog. Every error the API returns carries one of these stable codes;
 * the server maps a code to its HTTP status here and nowhere else, and both the server
 * and the web app take the user-facing message from here.
 */
export const errorCatalog = {
  VALIDATION_FAILED: {
    status: 400,
    ja: '入力内容に誤りがあります。ご確認ください。',
    en: 'Some of the input is not valid. Please check it.',
  },
  MALFORMED_REQUEST: {
    status: 400,
    ja: 'リクエストの形式が正しくありません。',
    en: 'The request is malformed.',
  },
  UNAUTHENTICATED: {
    status: 401,
    ja: 'ログインが必要です。',
    en: 'Please sign in.',
  },
  INVALID_CREDENTIALS: {
    status: 401,
    ja: 'メールアドレスまたはパスワードが正しくありません。',
    en: 'The email address or password is incorrect.',
  },
  ACCOUNT_LOCKED: {
    status: 429,
    ja: 'ログインの失敗が続いたため、しばらくログインできません。15分ほどおいてからお試しください。',
    en: 'Too many failed sign-ins. Please wait about 15 minutes and try again.',
  },
  SIGN_IN_THROTTLED: {
    status: 429,
    ja: 'ログインの失敗が続いたため、少し時間をおいてからお試しください。パスワードをお忘れの場合は、再設定できます。',
    en: 'There have been several failed sign-ins. Please wait a little and try again, or reset your password if you have forgotten it.',
  },
  RATE_LIMITED: {
    status: 429,
    ja: 'リクエストが多すぎます。少し時間をおいてからお試しください。',
    en: 'Too many requests. Please wait a moment and try again.',
  },
  MFA_ENROLMENT_REQUIRED: {
    status: 403,
    ja: 'スタッフの方は、先に2段階認証（認証アプリ）の設定が必要です。',
    en: 'Staff accounts must set up two-step verification (authenticator app) first.',
  },
  MFA_VERIFICATION_REQUIRED: {
    status: 403,
    ja: '認証アプリに表示された確認コードを入力してください。',
    en: 'Please enter the code from your authenticator app.',
  },
  TOTP_INVALID: {
    status: 400,
    ja: '確認コードが正しくないか、有効期限が切れています。',
    en: 'The verification code is wrong or has expired.',
  },
  TOTP_ALREADY_ENROLLED: {
    status: 409,
    ja: '2段階認証はすでに設定されています。',
    en: 'Two-step verification is already set up.',
  },
  CSRF_INVALID: {
    status: 403,
    ja: '画面の有効期限が切れました。ページを再読み込みしてください。',
    en: 'This page has expired. Please reload it.',
  },
  FORBIDDEN: {
    status: 403,
    ja: 'この操作を行う権限がありません。',
    en: 'You are not allowed to do this.',
  },
  NOT_FOUND: {
    status: 404,
    ja: '見つかりませんでした。',
    en: 'Not found.',
  },
  INVITE_CODE_INVALID: {
    status: 400,
    ja: '招待コードが正しくないか、有効期限が切れています。勤務先の担当者にご確認ください。',
    en: 'The invite code is wrong or has expired. Please check with your employer.',
  },
  EMAIL_TAKEN: {
    status: 409,
    ja: 'このメールアドレスはすでに登録されています。',
    en: 'This email address is already registered.',
  },
  PASSWORD_RESET_TOKEN_INVALID: {
    status: 400,
    ja: 'この再設定リンクは無効か、有効期限が切れているか、すでに使われています。もう一度お申し込みください。',
    en: 'This reset link is invalid, has expired or has already been used. Please ask for a new one.',
  },
  SIGN_UP_LINK_INVALID: {
    status: 400,
    ja: 'この登録確認リンクは無効か、有効期限が切れているか、すでに使われています。もう一度登録をお申し込みください。',
    en: 'This confirmation link is invalid, has expired or has already been used. Please sign up again.',
  },
  ACTIVATION_TOKEN_INVALID: {
    status: 400,
    ja: 'このリンクは無効か、有効期限が切れています。管理者に再発行を依頼してください。',
    en: 'This link is invalid or has expired. Please ask your administrator for a new one.',
  },
  CONSENT_REQUIRED: {
    status: 403,
    ja: '相談を始める前に、個人情報の取り扱いへの同意が必要です。',
    en: 'Please agree to how we handle your personal information before consulting.',
  },
  CONSENT_VERSION_STALE: {
    status: 409,
    ja: '同意文が更新されています。最新の内容をご確認ください。',
    en: 'The consent text has been updated. Please read the latest version.',
  },
  LICENCE_NOT_VERIFIED: {
    status: 403,
    ja: '資格の確認が完了するまで、相談を担当できません。',
    en: 'You cannot take consultations until your licence has been verified.',
  },
  COORDINATOR_AT_CAPACITY: {
    status: 409,
    ja: '担当できる相談の上限に達しています。対応中の相談を終えてからお引き受けください。',
    en: 'You already have as many consultations as you can take. Close one before taking another.',
  },
  CONSULTATION_CLOSED: {
    status: 409,
    ja: 'この相談は終了しています。新しい相談を始めてください。',
    en: 'This consultation has been closed. Please start a new one.',
  },
  SURVEY_ALREADY_ANSWERED: {
    status: 409,
    ja: 'このアンケートにはすでに回答いただいています。ご協力ありがとうございました。',
    en: 'You have already answered this survey. Thank you.',
  },
  SURVEY_NOT_OPEN: {
    status: 409,
    ja: 'このアンケートは回答期間外です。',
    en: 'This survey is not open for answers.',
  },
  SURVEY_ANSWERS_MISMATCH: {
    status: 422,
    ja: '回答が質問と合っていません。すべての5段階の質問に答えてください。',
    en: 'The answers do not match the questions. Please answer every question on the 1 to 5 scale.',
  },
  QUESTIONNAIRE_ANSWERS_INVALID: {
    status: 422,
    ja: '回答に不足か範囲外の値があります。すべての質問に、選択肢の中から答えてください。',
    en: 'Some answers are missing or out of range. Please answer every question with one of the choices.',
  },
  QUESTIONNAIRE_TRANSLATION_NOT_PERMITTED: {
    status: 409,
    ja: 'この質問票の日本語版は、翻訳者の許諾が記録されるまで使えません。英語版をお使いください。',
    en: 'The Japanese version of this questionnaire cannot be used until the translator’s permission is recorded. Please use the English version.',
  },
  QUESTIONNAIRE_REQUEST_MISMATCH: {
    status: 409,
    ja: 'この質問票は回答済みか、送られた質問票と種類が違います。',
    en: 'This questionnaire has already been answered, or is not the kind that was sent.',
  },
  STRESS_CHECK_NOT_OPEN: {
    status: 409,
    ja: 'このストレスチェックは実施期間外です。',
    en: 'This stress check is not open for answers.',
  },
  STRESS_CHECK_ALREADY_SUBMITTED: {
    status: 409,
    ja: 'このストレスチェックは提出済みです。結果をご覧ください。',
    en: 'You have already submitted this stress check. Please see your result.',
  },
  STRESS_CHECK_NOT_SUBMITTED: {
    status: 409,
    ja: 'ストレスチェックを最後まで回答して提出してから申し出てください。',
    en: 'Please answer and submit the whole stress check first.',
  },
  REPORT_WRONG_STATE: {
    status: 409,
    ja: 'この報告書は現在の状態ではその操作ができません。',
    en: 'The report is not in a state that allows this.',
  },
  REPORT_SELF_APPROVAL: {
    status: 403,
    ja: '自分が作成した報告書は承認できません。別の統括コーディネーターに依頼してください。',
    en: 'You cannot approve a report you wrote. Please ask another supervisor.',
  },
  REPORT_REVISION_CONFLICT: {
    status: 409,
    ja: 'この報告書は、画面を開いた後に変更されました。読み込み直して、最新の内容を確認してください。',
    en: 'This report changed after you opened it. Please reload it and check the latest version.',
  },
  REPORT_CITATION_UNKNOWN: {
    status: 422,
    ja: '引用した表または取組が見つかりません。選び直してください。',
    en: 'A cited table or practice could not be found. Please choose it again.',
  },
  REPORT_RELEASE_REFUSED: {
    status: 409,
    ja: 'この報告書を公開すると、以前に公開した集計との差から少人数の情報がわかるおそれがあるため、公開できません。',
    en: 'Publishing this report could reveal a few people through its difference from earlier releases, so it was refused.',
  },
  CONFLICT: {
    status: 409,
    ja: '他の操作と重なりました。もう一度お試しください。',
    en: 'This conflicted with another change. Please try again.',
  },
  SLOT_IN_PAST: {
    status: 422,
    ja: 'この時間はすでに過ぎています。これからの時間をお選びください。',
    en: 'This time has already passed. Please choose a time in the future.',
  },
  SLOT_NOT_AVAILABLE: {
    status: 422,
    ja: 'この時間は予約を受け付けていません。空いている時間からお選びください。',
    en: 'This time is not open for booking. Please choose one of the free times.',
  },
  SLOT_TAKEN: {
    status: 409,
    ja: 'この時間はたった今ほかの予約で埋まりました。別の時間をお選びください。',
    en: 'This time has just been booked. Please choose another time.',
  },
  APPOINTMENT_OVERLAPS: {
    status: 409,
    ja: 'この時間にはすでにご自身の予約があります。',
    en: 'You already have an appointment at this time.',
  },
  APPOINTMENT_NOT_CHANGEABLE: {
    status: 409,
    ja: 'この予約は取り消し済みか、すでに始まっているため変更できません。',
    en: 'This appointment was cancelled or has already started, so it cannot be changed.',
  },
  AVAILABILITY_OVERLAPS: {
    status: 422,
    ja: '受付時間が重なっています。重ならないように設定してください。',
    en: 'These availability windows overlap. Please set them so they do not.',
  },
  STATISTICS_RELEASE_REFUSED: {
    status: 409,
    ja: 'この集計は、以前に公表した集計との差から少人数の状況がわかってしまうおそれがあるため、公表できません。期間や区分を変えてください。',
    en: 'This table cannot be released: compared with an earlier release it could reveal a small group of people. Please choose another period or breakdown.',
  },
  RETENTION_BELOW_MINIMUM: {
    status: 422,
    ja: '保存期間が、この種類の記録に定められた最短期間より短いため、変更できません。',
    en: 'The retention period is shorter than the minimum set for this kind of record, so it was not changed.',
  },
  LEGAL_HOLD_ALREADY_PLACED: {
    status: 409,
    ja: 'この相談には、すでに保存指示（消去停止）がかかっています。',
    en: 'This consultation is already under a legal hold.',
  },
  LEGAL_HOLD_NOT_PLACED: {
    status: 409,
    ja: 'この相談には保存指示（消去停止）がかかっていません。',
    en: 'This consultation is not under a legal hold.',
  },
  STATISTICS_PERIOD_OPEN: {
    status: 422,
    ja: '集計できるのは終わった月（先月まで）だけです。',
    en: 'Statistics cover completed months only (up to last month).',
  },
  STATISTICS_NOT_AVAILABLE: {
    status: 403,
    ja: '登録人数が少ないため、この事業所向けの集計はまだ表示できません。',
    en: 'Too few people are enrolled for statistics of this employer to be shown yet.',
  },
  CONSORTIUM_VIEW_NOT_AVAILABLE: {
    status: 403,
    ja: 'この事業所はコンソーシアムの会員ではないため、コンソーシアム全体の集計は表示できません。',
    en: 'This employer is not a member of the consortium, so consortium-wide statistics cannot be shown.',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    ja: 'データが大きすぎます。',
    en: 'The request is too large.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    ja: 'この形式には対応していません。',
    en: 'This content type is not supported.',
  },
  ATTACHMENT_TYPE_NOT_ALLOWED: {
    status: 415,
    ja: '添付できるのは写真（JPEG・PNG・WebP）とPDFだけです。',
    en: 'Only photos (JPEG, PNG, WebP) and PDFs can be attached.',
  },
  ATTACHMENT_HEIC_NOT_SUPPORTED: {
    status: 415,
    ja: 'HEIC形式の写真には対応していません。写真アプリで「互換性優先」（JPEG）に設定するか、スクリーンショットを添付してください。',
    en: 'HEIC photos are not supported. Set the camera format to Most Compatible (JPEG) or attach a screenshot instead.',
  },
  ATTACHMENT_TYPE_MISMATCH: {
    status: 415,
    ja: 'ファイルの中身が種類と一致しません。別のファイルを選んでください。',
    en: 'The file’s content does not match its type. Please choose another file.',
  },
  ATTACHMENT_UNREADABLE: {
    status: 415,
    ja: 'ファイルを読み取れませんでした。壊れているか、対応していない形式です。',
    en: 'The file could not be read. It may be damaged or in a format we do not support.',
  },
  ATTACHMENT_PDF_ENCRYPTED: {
    status: 415,
    ja: 'パスワードで保護されたPDFは添付できません。保護を外してから添付してください。',
    en: 'Password-protected PDFs cannot be attached. Please remove the protection first.',
  },
  ATTACHMENT_TOO_LARGE: {
    status: 413,
    ja: 'ファイルが大きすぎます。サイズを小さくしてから添付してください。',
    en: 'The file is too large. Please make it smaller and try again.',
  },
  ATTACHMENT_NOT_AVAILABLE: {
    status: 409,
    ja: '添付ファイルが見つからないか、すでに送信済みです。もう一度添付してください。',
    en: 'The attachment was not found or has already been sent. Please attach it again.',
  },
  NOT_READY: {
    status: 503,
    ja: 'ただいま準備中です。しばらくしてからお試しください。',
    en: 'The service is starting up. Please try again shortly.',
  },
  CALL_IN_PROGRESS: {
    status: 409,
    ja: 'この相談ではすでに通話の呼び出し中か通話中です。',
    en: 'A call is already ringing or in progress in this consultation.',
  },
  CALL_ENDED: {
    status: 409,
    ja: 'この通話はすでに終了しているか、この操作ができる状態ではありません。',
    en: 'This call has already ended or cannot take this step now.',
  },
  CALL_UNAVAILABLE: {
    status: 409,
    ja: '担当者が決まるまで通話はできません。決まり次第、通話できるようになります。',
    en: 'A call is possible once a coordinator has taken this consultation.',
  },
  CALL_SIGNAL_INVALID: {
    status: 400,
    ja: '通話の接続情報（SDP・ICE）の形式が正しくありません。',
    en: 'The call connection data (SDP or ICE candidate) is malformed.',
  },
  RISK_ASSESSMENT_REQUIRED: {
    status: 409,
    ja: 'この相談には命に関わるおそれのある表現がありました。終了する前に、リスク評価を記録してください。',
    en: 'This consultation contains a high-risk expression. Record the risk assessment before closing it.',
  },
  FOLLOW_UP_REQUIRED: {
    status: 409,
    ja: '命に関わるおそれのある相談は、つなぎ先の紹介・予約・確認の予定のいずれかがあるか、統括コーディネーターの承認がないと終了できません。',
    en: 'A high-risk consultation can only be closed with a referral, an appointment or a scheduled check-in in place, or with a supervisor’s approval.',
  },
  CLOSE_APPROVAL_PENDING: {
    status: 409,
    ja: 'この相談の終了の承認は、すでに統括コーディネーターに依頼中です。',
    en: 'Approval to close this consultation has already been requested.',
  },
  CLOSE_APPROVAL_DECIDED: {
    status: 409,
    ja: 'この承認依頼には、すでに回答済みです。',
    en: 'This request has already been answered.',
  },
  CHECK_IN_NOT_SCHEDULED: {
    status: 409,
    ja: 'この確認の予定は、すでに実施済みか取り消されています。',
    en: 'This check-in has already been done or cancelled.',
  },
  SUPERVISOR_JOIN_REQUIRED: {
    status: 409,
    ja: 'この相談に参加してからメッセージを送れます。参加すると、相談者に知らされます。',
    en: 'Join this consultation before writing in it. The person is told when you join.',
  },
  EVENT_NOT_FOUND: {
    status: 404,
    ja: 'このイベントは見つかりません。公開が終わったか、アドレスが違う可能性があります。',
    en: 'This event was not found. It may no longer be published, or the address may be wrong.',
  },
  EVENT_REGISTRATION_NOT_OPEN: {
    status: 409,
    ja: 'このイベントはまだ申し込みを受け付けていません。受付開始の日時をご確認ください。',
    en: 'Registration for this event has not opened yet. Please check when it opens.',
  },
  EVENT_REGISTRATION_CLOSED: {
    status: 409,
    ja: 'このイベントの申し込み受付は終了しました。',
    en: 'Registration for this event has closed.',
  },
  EVENT_OVER: {
    status: 409,
    ja: 'このイベントはすでに始まっているか、終了しています。',
    en: 'This event has already started or is over.',
  },
  EVENT_CANCELLED: {
    status: 409,
    ja: 'このイベントは中止になりました。',
    en: 'This event has been cancelled.',
  },
  EVENT_CONTACT_INVALID: {
    status: 400,
    ja: 'お名前・メールアドレス・電話番号・人数をご確認ください。',
    en: 'Please check your name, e-mail address, phone number and the number of people.',
  },
  EVENT_CANCEL_LINK_INVALID: {
    status: 404,
    ja: 'キャンセル用のリンクが正しくないか、すでに使えなくなっています。メールのリンクをもう一度お試しください。',
    en: 'This cancellation link is not valid or can no longer be used. Please try the link in your e-mail again.',
  },
  EVENT_CAPACITY_BELOW_REGISTERED: {
    status: 409,
    ja: '定員を、すでに申し込んでいる組数より少なくはできません。',
    en: 'The capacity cannot be lower than the number of registrations already made.',
  },
  EVENT_HOST_FACILITY_UNKNOWN: {
    status: 400,
    ja: '主催施設が見つかりません。この自治体の子育て施設から選んでください。',
    en: 'The host facility was not found. Please choose one of this municipality’s childcare facilities.',
  },
  EVENT_REGISTRATION_NOT_ACTIVE: {
    status: 409,
    ja: 'キャンセル済みまたはキャンセル待ちの申し込みには、出席を記録できません。',
    en: 'Attendance can only be recorded for a registration holding a seat.',
  },
  MEASURE_NOT_FOUND: {
    status: 404,
    ja: 'この施策は見つかりません。',
    en: 'This measure was not found.',
  },
  MEASURE_INDICATOR_NEEDS_DATE: {
    status: 400,
    ja: '数値には「いつ時点か」の日付（例: 2023-12-22）が必要です。何も変更していません。',
    en: 'A figure needs the date it is as of (e.g. 2023-12-22). Nothing was changed.',
  },
  MEASURE_INDICATOR_NEEDS_SOURCE: {
    status: 400,
    ja: '数値には出典（例: 広報ひおき 2024年2月号）が必要です。何も変更していません。',
    en: 'A figure needs its source (e.g. the city bulletin of February 2024). Nothing was changed.',
  },
  MEASURE_NOTHING_CHANGED: {
    status: 400,
    ja: '変更する項目がありません。何も変更していません。',
    en: 'There is nothing to change. Nothing was changed.',
  },
  LINE_NOT_CONFIGURED: {
    status: 409,
    ja: 'この自治体はLINE公式アカウントを設定していません。',
    en: 'This municipality has no LINE official account set up.',
  },
  LINE_SECRET_REQUIRED: {
    status: 400,
    ja: '初めて設定するときは、チャネルシークレットとチャネルアクセストークンの両方を入力してください。何も変更していません。',
    en: 'The first time, please enter both the channel secret and the channel access token. Nothing was changed.',
  },
  LINE_LINK_TOKEN_USED: {
    status: 409,
    ja: 'このLINE連携のリンクはすでに使われています。LINEでもう一度メッセージを送ると、新しいリンクが届きます。何も変更していません。',
    en: 'This LINE link has already been used. Send any message to the LINE account to get a new link. Nothing was changed.',
  },
  ALLIANCE_NOT_FOUND: {
    status: 404,
    ja: 'この同盟・コンソーシアムは見つかりません。',
    en: 'This alliance was not found.',
  },
  ALLIANCE_NAME_TAKEN: {
    status: 409,
    ja: '同じ名前の同盟・コンソーシアムがすでにあります。何も変更していません。',
    en: 'An alliance with this name already exists. Nothing was changed.',
  },
  ALLIANCE_MEMBER_NOT_FOUND: {
    status: 404,
    ja: 'この加盟企業は見つかりません。',
    en: 'This member company was not found.',
  },
  ALLIANCE_MEMBER_EXISTS: {
    status: 409,
    ja: 'この企業はすでに加盟しています。何も変更していません。',
    en: 'This company is already a member. Nothing was changed.',
  },
  ALLIANCE_MEMBER_LEFT: {
    status: 409,
    ja: 'この企業はすでに退会しています。何も変更していません。',
    en: 'This company has already left the alliance. Nothing was changed.',
  },
  ALLIANCE_ORGANIZATION_UNKNOWN: {
    status: 400,
    ja: '紐づける企業が見つかりません。この自治体の登録企業から選んでください。何も変更していません。',
    en: 'The employer to link was not found. Please choose one of this municipality’s employers. Nothing was changed.',
  },
  ALLIANCE_DATE_IN_FUTURE: {
    status: 400,
    ja: '未来の日付は記録できません。今日までの日付を入力してください。何も変更していません。',
    en: 'A date in the future cannot be recorded. Please enter today or an earlier day. Nothing was changed.',
  },
  ALLIANCE_DATE_BEFORE_JOINING: {
    status: 400,
    ja: '加盟日より前の日付は記録できません。何も変更していません。',
    en: 'This date is before the company joined. Nothing was changed.',
  },
  DECLARATION_TEXT_REQUIRED: {
    status: 400,
    ja: 'イクボス宣言の文面を入力してください。何も変更していません。',
    en: 'Please write the text of the declaration. Nothing was changed.',
  },
  MUNICIPALITY_CODE_UNKNOWN: {
    status: 404,
    ja: 'この全国地方公共団体コードの自治体は見つかりません。6桁のコード（例：日置市 462187）をご確認ください。',
    en: 'No municipality has this local government code. Please check the 6-digit code (for example 462187 for Hioki).',
  },
  CHILD_BIRTH_DATE_INVALID: {
    status: 400,
    ja: 'お子さんの生年月日は、1900年以降で、検索する日より前の日付を入れてください。',
    en: 'Enter a birth date from 1900 onwards and not after the day you are searching for.',
  },
  DATE_INVALID: {
    status: 400,
    ja: 'その日付は存在しません。日付をご確認ください。',
    en: 'That date does not exist. Please check it.',
  },
  VACANCY_CONFLICT: {
    status: 409,
    ja: 'この月の空き状況は、あなたが開いた後に別の方が変更しました。最新の内容を読み込んでから、もう一度入力してください。',
    en: 'Someone else changed this month’s vacancies after you opened them. Load the latest figures and enter your changes again.',
  },
  VACANCY_MONTH_NOT_PUBLISHED: {
    status: 404,
    ja: 'この月の受け入れ状況表はまだ公開されていません。',
    en: 'The vacancy table of this month has not been published yet.',
  },
  OPENDATA_UNREADABLE: {
    status: 400,
    ja: 'ファイルを読み取れませんでした（文字コードまたはCSVの形式が正しくありません）。何も変更していません。',
    en: 'The file could not be read (its character encoding or CSV format is not valid). Nothing was changed.',
  },
  REFERRAL_TARGET_NOT_FOUND: {
    status: 404,
    ja: '紹介先が見つかりません。この自治体の相談窓口・保育施設、または公開中のこれからのイベントを選んでください。何も変更していません。',
    en: 'The referral target was not found. Choose a resource or childcare facility of this municipality, or a published event still to come. Nothing was changed.',
  },
  WORK_HOURS_IMPOSSIBLE: {
    status: 400,
    ja: '週あたりの時間が正しくありません（0〜168時間、30分単位、下限は上限以下）。何も変更していません。',
    en: 'The hours per week are not possible (0 to 168 hours in half hours, the minimum not above the maximum). Nothing was changed.',
  },
  WORK_WEEK_INVALID: {
    status: 400,
    ja: '曜日・時間帯が正しくありません（30分単位で、終わりは始まりより後）。何も変更していません。',
    en: 'A weekday or time is not valid (half hours, each ending after it starts). Nothing was changed.',
  },
  QUALIFICATION_NUMBER_INVALID: {
    status: 400,
    ja: '資格の登録番号の形式が正しくありません（保育士は「都道府県-番号」、例：鹿児島県-012345）。何も変更していません。',
    en: 'A qualification’s registration number is not in the expected form (for a nursery teacher: the prefecture, a hyphen and the number). Nothing was changed.',
  },
  OPENING_TITLE_REQUIRED: {
    status: 400,
    ja: '募集のタイトルを入力してください。何も変更していません。',
    en: 'Please give the opening a title. Nothing was changed.',
  },
  WORK_SKILL_UNKNOWN: {
    status: 400,
    ja: 'このプログラムのスキル一覧にないスキルが含まれています。何も変更していません。',
    en: 'A skill is not in this programme’s skills list. Nothing was changed.',
  },
  WORK_PROFILE_NOT_FOUND: {
    status: 404,
    ja: '参加者のプロフィールが見つかりません。',
    en: 'The participant’s profile was not found.',
  },
  WORK_OPENING_NOT_FOUND: {
    status: 404,
    ja: '募集が見つかりません。',
    en: 'The opening was not found.',
  },
  WORK_OPENING_CLOSED: {
    status: 409,
    ja: 'この募集はすでに終了しています。変更するには新しく募集を出してください。何も変更していません。',
    en: 'This opening has already been closed. Post a new one to offer it again. Nothing was changed.',
  },
  WORK_PERIOD_INVALID: {
    status: 400,
    ja: '期間が正しくありません（終了日は開始日以降にしてください）。何も変更していません。',
    en: 'The period is not valid (it must not end before it starts). Nothing was changed.',
  },
  WORK_INTRODUCTION_NOT_FOUND: {
    status: 404,
    ja: '紹介が見つかりません。',
    en: 'The introduction was not found.',
  },
  WORK_INTRODUCTION_EXISTS: {
    status: 409,
    ja: 'この方はすでにこの募集に紹介されています。何も変更していません。',
    en: 'This person has already been introduced to this opening. Nothing was changed.',
  },
  WORK_INTRODUCTION_NOT_AGREED: {
    status: 409,
    ja: 'ご本人が紹介に同意していないため、この記録はできません。何も変更していません。',
    en: 'The person has not agreed to this introduction, so this cannot be recorded. Nothing was changed.',
  },
  WORK_INTRODUCTION_STEP_INVALID: {
    status: 409,
    ja: 'この紹介の今の段階からは、その記録はできません（例：面接の前に就業開始はできません）。何も変更していません。',
    en: 'That step cannot follow the introduction’s current step. Nothing was changed.',
  },
  WORK_HEARING_DATE_INVALID: {
    status: 400,
    ja: 'ヒアリングの日付が正しくありません（今日より先の日付は記録できません）。何も変更していません。',
    en: 'The hearing’s date is not valid (a day still to come cannot be recorded). Nothing was changed.',
  },
  WORK_PROGRAMME_NOT_FOUND: {
    status: 404,
    ja: '就労支援プログラムが見つかりません。',
    en: 'The work programme was not found.',
  },
  JOB_CENTRE_ONLY: {
    status: 409,
    ja: '保育の職業紹介（保育のおしごと支援センター）でのみ使えます。何も変更していません。',
    en: 'This is for the childcare-worker job centre only. Nothing was changed.',
  },
  STAFF_SHORTAGE_MONTH_INVALID: {
    status: 400,
    ja: '月は今月か来月以降を「2026-12」の形で選んでください。過ぎた月は変更できません。何も変更していません。',
    en: 'Choose this month or a later one, written like 2026-12; past months cannot be changed. Nothing was changed.',
  },
  REFERRAL_AGREEMENT_NOT_NEEDED: {
    status: 409,
    ja: 'この紹介には同意の手続きはありません。何も変更していません。',
    en: 'This referral does not ask for agreement. Nothing was changed.',
  },
  POOL_HOURS_INVALID: {
    status: 400,
    ja: '時間帯は「22:00」の形で、開始と終了を別の時刻にしてください（日をまたいでも構いません）。何も変更していません。',
    en: 'Give the hours like 22:00, with different start and end times (they may cross midnight). Nothing was changed.',
  },
  POOL_DATES_INVALID: {
    status: 400,
    ja: '終了日が開始日より前になっています。何も変更していません。',
    en: 'The end date is before the start date. Nothing was changed.',
  },
  POOL_MEMBERS_INVALID: {
    status: 400,
    ja: '参加自治体は重複なく2つ以上選んでください。何も変更していません。',
    en: 'Choose at least two different member municipalities. Nothing was changed.',
  },
  POOL_LICENCES_INVALID: {
    status: 400,
    ja: '対応する資格を重複なく1つ以上選んでください。何も変更していません。',
    en: 'Choose at least one licence, each once. Nothing was changed.',
  },
  POOL_MEMBER_UNKNOWN: {
    status: 400,
    ja: '登録されていない自治体が含まれています。何も変更していません。',
    en: 'One of the members is not a municipality of this installation. Nothing was changed.',
  },
  POOL_AGREEMENT_OVERLAP: {
    status: 409,
    ja: '同じ自治体が参加する別の協定と時間帯が重なっています。何も変更していません。',
    en: 'The hours overlap another agreement that one of these municipalities is in. Nothing was changed.',
  },
  POOL_NOT_ON_DUTY: {
    status: 403,
    ja: 'いまは夜間共同対応の当番ではないか、資格が確認されていません。',
    en: 'You are not on night pool duty now, or your licence is not verified.',
  },
  POOL_CASE_TAKEN: {
    status: 409,
    ja: 'この相談はすでに夜間チームの別の担当者が対応しています。',
    en: 'Another night team coordinator has already taken this consultation.',
  },
  RECRUIT_INTEREST_INVALID: {
    status: 400,
    ja: '入力内容をご確認ください（連絡への同意、免許の種類と番号、働ける時間など）。まだ登録されていません。',
    en: 'Please check the form (consent to be contacted, licence type and number, when you could work). Nothing was registered.',
  },
  RECRUIT_STAGE_NOT_NEXT: {
    status: 409,
    ja: 'この段階には進めません（面談→研修→認定→シフト入りの順に一つずつ記録します）。何も変更していません。',
    en: 'This step cannot be recorded now (interview, then training, then certified, then on the roster, one at a time). Nothing was changed.',
  },
  RECRUIT_LICENCE_NOT_VERIFIED: {
    status: 409,
    ja: '免許を名簿で確認するまで認定できません。先に統括コーディネーターが免許を確認してください。何も変更していません。',
    en: 'Certification needs the licence checked against the register first (by a supervisor). Nothing was changed.',
  },
  RECRUIT_LICENCE_NUMBER_INVALID: {
    status: 400,
    ja: '免許の登録番号は数字4〜10桁で入力してください。何も変更していません。',
    en: 'Enter the licence registration number as 4 to 10 digits. Nothing was changed.',
  },
  RECRUIT_CLOSED: {
    status: 409,
    ja: 'この方の経過はすでに終わっています（シフト入り、または辞退）。何も変更していません。',
    en: 'This person’s path has already ended (on the roster, or withdrawn). Nothing was changed.',
  },
  INTERNAL: {
    status: 500,
    ja: '申し訳ありません。システムで問題が起きました。時間をおいてお試しください。',
    en: 'Sorry, something went wrong on our side. Please try again later.',
  },
} as const satisfies Record<string, { status: number; ja: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalog;
export const errorCodes = Object.keys(errorCatalog) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(errorCatalog, value);
}
