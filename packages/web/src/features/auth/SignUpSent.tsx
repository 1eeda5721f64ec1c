import { useTranslation } from 'react-i18next';
import { signUpValidityHours, type TSignUpRequested } from '@yorisoi/shared';
import { Alert } from '../../ui/Alert.tsx';

interface SignUpSentProps {
  requested: TSignUpRequested;
  email: string;
  onAnotherAddress: () => void;
}

/**
 * After a sign-up: the same words whether or not the address was registered (the mail
 * tells the owner which), with what to do next.
 */
export function SignUpSent({ requested, email, onAnotherAddress }: SignUpSentProps) {
  const { t } = useTranslation();
  if (requested.delivery === 'unavailable') {
    return (
      <Alert tone="error" title={t('signUp.noMailTitle')}>
        <p>{t('signUp.noMailBody')}</p>
      </Alert>
    );
  }
  return (
    <>
      <Alert tone="success" title={t('signUp.sentTitle')}>
        <p>{t('signUp.sentBody', { email })}</p>
      </Alert>
      <ol className="steps">
        <li>{t('signUp.sentStep1', { hours: signUpValidityHours })}</li>
        <li>{t('signUp.sentStep2')}</li>
        <li>{t('signUp.sentStep3')}</li>
      </ol>
      <button type="button" className="text-button" onClick={onAnotherAddress}>
        {t('signUp.sentAgain')}
      </button>
    </>
  );
}
