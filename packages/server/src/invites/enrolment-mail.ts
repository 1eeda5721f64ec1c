import { signUpValidityHours, type TLocale } from '@yorisoi/shared';
import type { Mail } from '../notifications/mailer.ts';

/** The link that creates the account, to a new address. */
export function confirmationMail(to: string, locale: TLocale, link: string): Mail {
  if (locale === 'en') {
    return {
      to,
      subject: 'Yorisoi: please confirm your sign-up',
      text: `Someone (we hope you) signed up for Yorisoi with this address.\n\nOpen this link within ${signUpValidityHours} hours to finish: your account is created and you are signed in. The link works once.\n\n${link}\n\nIf you did not sign up, ignore this mail: no account is created.`,
    };
  }
  return {
    to,
    subject: '【Yorisoi】登録の確認',
    text: `このメールアドレスで Yorisoi への登録が申し込まれました。\n\n${signUpValidityHours}時間以内に次のリンクを開くと登録が完了し、そのままログインできます。リンクは1回だけ使えます。\n\n${link}\n\nお心当たりがない場合は、このメールを破棄してください。アカウントは作られません。`,
  };
}

/**
 * To the owner of an address that is already registered: the sign-up page answered as for
 * any address, so the owner learns here what happened and how to get in.
 */
export function alreadyRegisteredMail(
  to: string,
  locale: TLocale,
  links: { signIn: string; passwordReset: string },
): Mail {
  if (locale === 'en') {
    return {
      to,
      subject: 'Yorisoi: a sign-up with your address',
      text: `Someone asked to sign up for Yorisoi with this address, which already has an account. No second account was created.\n\nTo sign in: ${links.signIn}\nIf you forgot your password: ${links.passwordReset}\n\nIf it was not you, you need not do anything: your account is unchanged.`,
    };
  }
  return {
    to,
    subject: '【Yorisoi】登録の申し込みについて',
    text: `このメールアドレスで登録の申し込みがありましたが、このアドレスはすでに登録されています。新しいアカウントは作られていません。\n\nログインはこちら: ${links.signIn}\nパスワードをお忘れの場合はこちら: ${links.passwordReset}\n\nお心当たりがない場合は、何もする必要はありません。アカウントはそのままです。`,
  };
}
