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
  CONFLICT: {
    status: 409,
    ja: '他の操作と重なりました。もう一度お試しください。',
    en: 'This conflicted with another change. Please try again.',
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
  NOT_READY: {
    status: 503,
    ja: 'ただいま準備中です。しばらくしてからお試しください。',
    en: 'The service is starting up. Please try again shortly.',
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
