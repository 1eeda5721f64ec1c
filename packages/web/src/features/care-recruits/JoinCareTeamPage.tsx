import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  checkRecruitInterest,
  childcareNeeds,
  type RecruitInterestInput,
  type RecruitInterestProblem,
  type TRecruitingPage,
} from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { ChoiceFieldset } from '../../ui/ChoiceFieldset.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { CheckboxField, SelectField, TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { AvailabilityGrid } from '../work/AvailabilityGrid.tsx';
import { careGridBlocks, rangesOfCells, type GridCell } from '../work/availability-grid.ts';

/**
 * A licensed resident registers interest in becoming a wellness coordinator, on a phone,
 * without an account: the form is checked here by the same rule the server applies.
 */
export function JoinCareTeamPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const page = useApiData('getRecruitingPage', { params: { code } });
  const data = page.data;
  return (
    <Page
      title={
        data
          ? t('recruits.join.title', { municipality: data.municipalityName })
          : t('recruits.join.titleFallback')
      }
      lead={<p>{t('recruits.join.lead')}</p>}
    >
      <ErrorAlert error={page.error} />
      {page.loading && !data ? <Loading /> : null}
      {data ? <InterestForm code={code} page={data} /> : null}
    </Page>
  );
}

type Problems = Partial<Record<keyof RecruitInterestInput, RecruitInterestProblem>>;

function InterestForm({ code, page }: { code: string; page: TRecruitingPage }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    name: '',
    email: '',
    phone: '',
    licenceType: page.acceptedLicences[0] as string,
    licenceNumber: '',
    years: '0',
    hoursMin: '4',
    hoursMax: '12',
    remoteOk: true,
    onsiteOk: false,
    childcareNeed: 'none',
    contactConsent: false,
  });
  const [cells, setCells] = useState<Set<GridCell>>(new Set());
  const [problems, setProblems] = useState<Problems>({});
  const [clientRequestId] = useState(() => crypto.randomUUID());
  const [done, setDone] = useState(false);
  const action = useAction();
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const problem = (field: keyof RecruitInterestInput) => {
    const p = problems[field];
    return p ? t(`recruits.problem.${p}`) : undefined;
  };

  if (done)
    return (
      <Alert tone="success" title={t('recruits.join.doneTitle')}>
        <p>{t('recruits.join.doneBody')}</p>
      </Alert>
    );

  function submit() {
    const input: RecruitInterestInput = {
      name: form.name,
      email: form.email,
      phone: form.phone,
      licenceType: form.licenceType,
      licenceNumber: form.licenceNumber,
      yearsSincePractice: Number(form.years),
      availability: rangesOfCells(cells, careGridBlocks),
      hoursPerWeekMin: Number(form.hoursMin),
      hoursPerWeekMax: Number(form.hoursMax),
      remoteOk: form.remoteOk,
      onsiteOk: form.onsiteOk,
      childcareNeed: form.childcareNeed,
      contactConsent: form.contactConsent,
    };
    const found = checkRecruitInterest(input, page.acceptedLicences);
    setProblems(Object.fromEntries(found.map((p) => [p.field, p.problem])));
    if (found.length > 0) return;
    void action
      .run(() =>
        call('registerRecruitInterest', {
          params: { code },
          body: { ...input, availability: [...input.availability], clientRequestId },
        }),
      )
      .then((answer) => {
        if (answer) setDone(true);
      });
  }

  return (
    <Form onSubmit={submit}>
      <p>{t('recruits.join.what')}</p>
      <ErrorAlert error={action.error} />
      <SelectField
        label={t('recruits.join.licenceType')}
        value={form.licenceType}
        onChange={(event) => set('licenceType', event.target.value)}
        options={page.acceptedLicences.map((type) => ({
          value: type,
          label: t(`recruits.licence.${type}`),
        }))}
        error={problem('licenceType')}
      />
      <TextField
        label={t('recruits.join.name')}
        name="name"
        autoComplete="name"
        value={form.name}
        onChange={(event) => set('name', event.target.value)}
        error={problem('name')}
      />
      <TextField
        label={t('recruits.join.email')}
        type="email"
        name="email"
        autoComplete="email"
        value={form.email}
        onChange={(event) => set('email', event.target.value)}
        error={problem('email')}
      />
      <TextField
        label={t('recruits.join.phone')}
        type="tel"
        name="phone"
        autoComplete="tel"
        value={form.phone}
        onChange={(event) => set('phone', event.target.value)}
        error={problem('phone')}
      />
      <TextField
        label={t('recruits.join.licenceNumber')}
        hint={t('recruits.join.licenceNumberHint')}
        inputMode="numeric"
        name="licenceNumber"
        value={form.licenceNumber}
        onChange={(event) => set('licenceNumber', event.target.value)}
        error={problem('licenceNumber')}
      />
      <TextField
        label={t('recruits.join.years')}
        hint={t('recruits.join.yearsHint')}
        inputMode="numeric"
        name="years"
        value={form.years}
        onChange={(event) => set('years', event.target.value)}
        error={problem('yearsSincePractice')}
      />
      <ChoiceFieldset legend={t('recruits.join.when')} error={problem('availability')}>
        <p className="field__hint" id="recruit-when">
          {t('recruits.join.whenHint')}
        </p>
        <AvailabilityGrid
          cells={cells}
          onChange={setCells}
          labelledBy="recruit-when"
          blocks={careGridBlocks}
        />
      </ChoiceFieldset>
      <TextField
        label={t('recruits.join.hoursMin')}
        inputMode="numeric"
        name="hoursMin"
        value={form.hoursMin}
        onChange={(event) => set('hoursMin', event.target.value)}
      />
      <TextField
        label={t('recruits.join.hoursMax')}
        inputMode="numeric"
        name="hoursMax"
        value={form.hoursMax}
        onChange={(event) => set('hoursMax', event.target.value)}
        error={problem('hoursPerWeekMax')}
      />
      <ChoiceFieldset legend={t('recruits.join.where')} error={problem('remoteOk')}>
        <CheckboxField
          label={t('recruits.join.remote')}
          checked={form.remoteOk}
          onChange={(event) => set('remoteOk', event.target.checked)}
        />
        <CheckboxField
          label={t('recruits.join.onsite')}
          checked={form.onsiteOk}
          onChange={(event) => set('onsiteOk', event.target.checked)}
        />
      </ChoiceFieldset>
      <SelectField
        label={t('recruits.join.childcareNeed')}
        value={form.childcareNeed}
        onChange={(event) => set('childcareNeed', event.target.value)}
        options={childcareNeeds.map((need) => ({
          value: need,
          label: t(`recruits.childcare.${need}`),
        }))}
        error={problem('childcareNeed')}
      />
      <CheckboxField
        label={t('recruits.join.consent', { municipality: page.municipalityName })}
        checked={form.contactConsent}
        onChange={(event) => set('contactConsent', event.target.checked)}
        error={problem('contactConsent')}
      />
      <p className="form__note">{t('recruits.join.privacy')}</p>
      <Button type="submit" pending={action.pending} block>
        {t('recruits.join.submit')}
      </Button>
    </Form>
  );
}
