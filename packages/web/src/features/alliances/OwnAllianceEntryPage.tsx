import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TAllianceMember } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useFieldErrors } from '../../api/field-errors.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button, LinkButton } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { CheckboxField, TextAreaField, TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { publicMemberPath } from './alliance-paths.ts';
import { useDayLabel } from './alliance-labels.ts';

/** An employer admin: the own company's entry in each alliance, and its イクボス宣言. */
export function OwnAllianceEntryPage() {
  const { t } = useTranslation();
  const entries = useApiData('listOwnAllianceEntries');
  const data = entries.data;
  return (
    <Page
      title={t('alliances.own.title')}
      lead={
        <p>
          {data?.organizationName
            ? t('alliances.own.lead', { organization: data.organizationName })
            : t('alliances.own.leadFallback')}
        </p>
      }
    >
      <ErrorAlert error={entries.error} />
      {entries.loading && !data ? <Loading /> : null}
      {data && data.items.length === 0 ? <p className="empty">{t('alliances.own.empty')}</p> : null}
      {data?.items.map(({ alliance, member }) => (
        <section key={member.id} className="alliance-own" aria-labelledby={`alliance-${member.id}`}>
          <h2 id={`alliance-${member.id}`} className="alliance-own__title">
            {alliance.name}
          </h2>
          <LinkButton to={publicMemberPath(data.municipalityCode, alliance.id, member.id)}>
            {t('alliances.own.publicPage')}
          </LinkButton>
          <EntryForm allianceId={alliance.id} member={member} onSaved={entries.reload} />
          <DeclarationForm allianceId={alliance.id} member={member} onSigned={entries.reload} />
        </section>
      ))}
    </Page>
  );
}

function EntryForm({
  allianceId,
  member,
  onSaved,
}: {
  allianceId: string;
  member: TAllianceMember;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const save = useAction();
  const fieldError = useFieldErrors(save.error);
  const [area, setArea] = useState(member.area);
  const [introduction, setIntroduction] = useState(member.introduction);
  const [saved, setSaved] = useState(false);
  return (
    <Card title={t('alliances.own.entryTitle')} level={3}>
      <Form
        onSubmit={() => {
          setSaved(false);
          void save
            .run(() =>
              call('updateAllianceEntry', {
                params: { id: allianceId, memberId: member.id },
                body: { area, introduction },
              }),
            )
            .then((result) => {
              if (!result) return;
              setSaved(true);
              onSaved();
            });
        }}
      >
        <ErrorAlert error={save.error} />
        {saved ? <Alert tone="success">{t('alliances.own.saved')}</Alert> : null}
        <TextField
          label={t('alliances.staff.area')}
          hint={t('alliances.staff.areaHint')}
          maxLength={60}
          value={area}
          onChange={(e) => setArea(e.target.value)}
          error={fieldError('area')}
        />
        <TextAreaField
          label={t('alliances.member.introduction')}
          hint={t('alliances.own.introductionHint')}
          maxLength={1000}
          rows={4}
          value={introduction}
          onChange={(e) => setIntroduction(e.target.value)}
          error={fieldError('introduction')}
        />
        <div className="form__actions">
          <Button type="submit" pending={save.pending}>
            {t('alliances.own.save')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}

function DeclarationForm({
  allianceId,
  member,
  onSigned,
}: {
  allianceId: string;
  member: TAllianceMember;
  onSigned: () => void;
}) {
  const { t } = useTranslation();
  const day = useDayLabel();
  const sign = useAction();
  const fieldError = useFieldErrors(sign.error);
  const current = member.declaration;
  const [text, setText] = useState(current?.text ?? '');
  const [signerName, setSignerName] = useState(current?.signerName ?? '');
  const [signerTitle, setSignerTitle] = useState(current?.signerTitle ?? '');
  const [isPublic, setIsPublic] = useState(current?.isPublic ?? true);
  const [signed, setSigned] = useState(false);
  return (
    <Card title={t('alliances.own.declarationTitle')} level={3} testId="declaration-form">
      <p>{t('alliances.own.declarationLead')}</p>
      {current ? (
        <p className="hint">
          {t('alliances.own.currentDeclaration', {
            date: day(current.signedOn),
            signer: [current.signerTitle, current.signerName].filter(Boolean).join(' '),
          })}
        </p>
      ) : null}
      <Form
        onSubmit={() => {
          setSigned(false);
          void sign
            .run(() =>
              call('signAllianceDeclaration', {
                params: { id: allianceId, memberId: member.id },
                body: { text, signerName, signerTitle, isPublic },
              }),
            )
            .then((result) => {
              if (!result) return;
              setSigned(true);
              onSigned();
            });
        }}
      >
        <ErrorAlert error={sign.error} />
        {signed ? <Alert tone="success">{t('alliances.own.signed')}</Alert> : null}
        <TextAreaField
          label={t('alliances.own.text')}
          placeholder={t('alliances.own.textPlaceholder')}
          maxLength={2000}
          rows={5}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={fieldError('text')}
        />
        <TextField
          label={t('alliances.own.signerName')}
          required
          maxLength={60}
          autoComplete="name"
          value={signerName}
          onChange={(e) => setSignerName(e.target.value)}
          error={fieldError('signerName')}
        />
        <TextField
          label={t('alliances.own.signerTitle')}
          hint={t('alliances.own.signerTitleHint')}
          maxLength={60}
          autoComplete="organization-title"
          value={signerTitle}
          onChange={(e) => setSignerTitle(e.target.value)}
        />
        <CheckboxField
          label={t('alliances.own.isPublic')}
          hint={t('alliances.own.isPublicHint')}
          checked={isPublic}
          onChange={(e) => setIsPublic(e.target.checked)}
        />
        <div className="form__actions">
          <Button type="submit" pending={sign.pending}>
            {current ? t('alliances.own.signAgain') : t('alliances.own.sign')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
