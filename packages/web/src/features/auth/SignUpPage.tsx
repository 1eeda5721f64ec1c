import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  isWellFormedInviteCode,
  normalizeInviteCode,
  type TInviteLookupResponse,
  type TSignUpRequested,
} from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { errorCode } from '../../api/errors.ts';
import { useAction } from '../../api/use-api.ts';
import { useFieldErrors } from '../../api/field-errors.ts';
import { paths } from '../../app/guards.ts';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { Page } from '../../ui/Page.tsx';
import { formatInviteCodeInput } from './invite-code-input.ts';
import { SignUpForm } from './SignUpForm.tsx';
import { SignUpSent } from './SignUpSent.tsx';

interface Found {
  code: string;
  invite: TInviteLookupResponse;
}

/**
 * Step 1: which employer the code belongs to. Step 2: the account itself. Step 3: the
 * mail whose link creates it.
 */
export function SignUpPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const [sent, setSent] = useState<{ requested: TSignUpRequested; email: string } | null>(null);
  const [code, setCode] = useState(() => formatInviteCodeInput(search.get('code') ?? ''));
  const [found, setFound] = useState<Found | null>(null);
  const lookup = useAction();
  const fieldError = useFieldErrors(lookup.error);

  const { run } = lookup;
  const codeFromLink = search.get('code');
  useEffect(() => {
    // A QR code opens this page with the code filled in: look it up straight away.
    const normalized = normalizeInviteCode(codeFromLink ?? '');
    if (!isWellFormedInviteCode(normalized)) return;
    void run(() => call('lookupInvite', { body: { inviteCode: normalized } })).then((invite) => {
      if (invite) setFound({ code: normalized, invite });
    });
  }, [codeFromLink, run]);

  const [malformed, setMalformed] = useState(false);

  function check() {
    const normalized = normalizeInviteCode(code);
    setMalformed(!isWellFormedInviteCode(normalized));
    if (!isWellFormedInviteCode(normalized)) return;
    void run(() => call('lookupInvite', { body: { inviteCode: normalized } })).then((invite) => {
      if (invite) setFound({ code: normalized, invite });
    });
  }

  const codeError = malformed
    ? t('validation.inviteCode')
    : errorCode(lookup.error) === 'INVITE_CODE_INVALID'
      ? t('validation.inviteCodeUnknown')
      : fieldError('inviteCode');

  if (found && sent) {
    return (
      <Page title={t('signUp.title')}>
        <SignUpSent {...sent} onAnotherAddress={() => setSent(null)} />
      </Page>
    );
  }

  if (found) {
    return (
      <Page title={t('signUp.title')}>
        <SignUpForm
          inviteCode={found.code}
          invite={found.invite}
          onChangeCode={() => setFound(null)}
          onDone={(requested, email) => setSent({ requested, email })}
        />
      </Page>
    );
  }

  return (
    <Page title={t('signUp.title')} lead={<p>{t('signUp.lead')}</p>}>
      <Form onSubmit={check}>
        {errorCode(lookup.error) === 'INVITE_CODE_INVALID' ? null : (
          <ErrorAlert error={lookup.error} />
        )}
        <TextField
          label={t('fields.inviteCode')}
          hint={t('signUp.codeHint')}
          name="inviteCode"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          className="field--code"
          value={code}
          onChange={(event) => setCode(formatInviteCodeInput(event.target.value))}
          error={codeError}
        />
        <Button type="submit" pending={lookup.pending} block>
          {t('signUp.check')}
        </Button>
      </Form>
      <p className="aside-note">
        {t('signUp.haveAccount')}{' '}
        <Link to={paths.signIn} className="text-link">
          {t('signUp.toSignIn')}
        </Link>
      </p>
    </Page>
  );
}
