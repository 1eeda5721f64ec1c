import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { call } from '../../api/client.ts';
import { errorCode } from '../../api/errors.ts';
import { useAction } from '../../api/use-api.ts';
import { nextStepFor, paths } from '../../app/guards.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Form } from '../../ui/Form.tsx';
import { Page } from '../../ui/Page.tsx';
import { tokenOfFragment } from './link-token.ts';

/**
 * Opened from the sign-up mail. The account is created on a press of the button, not on
 * opening the page, so that a mail scanner following the link creates nothing.
 */
export function SignUpConfirmPage() {
  const { t } = useTranslation();
  const token = tokenOfFragment(useLocation().hash);
  const navigate = useNavigate();
  const action = useAction();
  // A refused link stays refused: only signing up again helps, so the button goes.
  const refused = errorCode(action.error) === 'SIGN_UP_LINK_INVALID';

  function submit() {
    if (!token) return;
    void action
      .run(() => call('confirmSignUp', { body: { token } }))
      .then((session) => {
        if (session) void navigate(nextStepFor(session), { replace: true });
      });
  }

  return (
    <Page
      title={t('signUp.confirmTitle')}
      lead={token && !refused ? <p>{t('signUp.confirmLead')}</p> : null}
    >
      {refused ? <ErrorAlert error={action.error} /> : null}
      {token && !refused ? (
        <Form onSubmit={submit}>
          <ErrorAlert error={action.error} />
          <Button type="submit" pending={action.pending} block>
            {t('signUp.confirmSubmit')}
          </Button>
        </Form>
      ) : null}
      {token ? null : (
        <Alert tone="error">
          <p>{t('signUp.confirmBadLink')}</p>
        </Alert>
      )}
      {action.error || !token ? (
        <Link to={paths.signUp} className="text-link">
          {t('signUp.confirmAgain')}
        </Link>
      ) : null}
    </Page>
  );
}
