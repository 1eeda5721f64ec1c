import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TSignUpRequested, TWorkProgramme } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useFieldErrors } from '../../api/field-errors.ts';
import { useSession } from '../../api/session.tsx';
import { useAction, useApiData } from '../../api/use-api.ts';
import { paths } from '../../app/guards.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button, LinkButton } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { EmailField, NewPasswordField } from '../auth/AccountFields.tsx';
import { SignUpSent } from '../auth/SignUpSent.tsx';
import { publicWorkPath } from './work-paths.ts';

/**
 * A resident joins a programme from its public page on a phone: no employer code, the
 * same mailed link as every sign-up, then their work profile. Someone signed in as a
 * worker of THE CARE joins with that account instead.
 */
export function JoinWorkPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const { session } = useSession();
  const programmes = useApiData('listPublicWorkProgrammes', { params: { code } });
  const items = programmes.data?.items;
  const role = session?.user?.role;
  const title =
    items?.length === 1
      ? t('workOpenings.join.title', { programme: items[0]!.name })
      : t('workOpenings.join.titleFallback');
  const back = (
    <Link className="text-link back-link" to={publicWorkPath(code)}>
      {t('workOpenings.public.back')}
    </Link>
  );
  return (
    <Page title={title} lead={<p>{t('workOpenings.join.lead')}</p>} leading={back}>
      <ErrorAlert error={programmes.error} />
      {!items && !programmes.error ? <Loading /> : null}
      {items?.length === 0 ? <p className="empty">{t('workOpenings.join.noProgramme')}</p> : null}
      {items && items.length > 0 ? (
        role === 'worker' || role === 'participant' ? (
          <Alert tone="info" title={t('workOpenings.join.signedInTitle')}>
            <p>{t('workOpenings.join.signedInBody')}</p>
            <LinkButton to={paths.workProfile} variant="primary">
              {t('workOpenings.join.toProfile')}
            </LinkButton>
          </Alert>
        ) : role ? (
          <Alert tone="info">
            <p>{t('workOpenings.join.otherRole')}</p>
          </Alert>
        ) : (
          <JoinForm code={code} programmes={items} />
        )
      ) : null}
    </Page>
  );
}

function JoinForm({ code, programmes }: { code: string; programmes: readonly TWorkProgramme[] }) {
  const { t } = useTranslation();
  const [programmeId, setProgrammeId] = useState(programmes[0]!.id);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [sent, setSent] = useState<{ requested: TSignUpRequested; email: string } | null>(null);
  const action = useAction();
  const fieldError = useFieldErrors(action.error);

  if (sent) return <SignUpSent {...sent} onAnotherAddress={() => setSent(null)} />;

  function submit() {
    void action
      .run(() =>
        call('requestParticipantSignUp', {
          params: { code, id: programmeId },
          body: { email, password, displayName, locale: currentLocale() },
        }),
      )
      .then((requested) => {
        if (requested) setSent({ requested, email: email.trim() });
      });
  }

  return (
    <>
      <Form onSubmit={submit}>
        <ErrorAlert error={action.error} />
        {programmes.length > 1 ? (
          <SelectField
            label={t('workOpenings.join.programme')}
            value={programmeId}
            onChange={(event) => setProgrammeId(event.target.value)}
            options={programmes.map((p) => ({ value: p.id, label: p.name }))}
          />
        ) : null}
        <TextField
          label={t('workOpenings.join.displayName')}
          hint={t('workOpenings.join.displayNameHint')}
          name="name"
          autoComplete="name"
          required
          maxLength={60}
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          error={fieldError('displayName')}
        />
        <EmailField
          hint={t('workOpenings.join.emailHint')}
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={fieldError('email')}
        />
        <NewPasswordField
          label={t('fields.password')}
          value={password}
          onChange={setPassword}
          error={fieldError('password')}
        />
        <p className="form__note">{t('workOpenings.join.privacyNote')}</p>
        <Button type="submit" pending={action.pending} block>
          {t('workOpenings.join.submit')}
        </Button>
      </Form>
      <p className="aside-note">
        {t('workOpenings.join.haveAccount')}{' '}
        <Link to={paths.signIn} className="text-link">
          {t('workOpenings.join.signIn')}
        </Link>
      </p>
    </>
  );
}
