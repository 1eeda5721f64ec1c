import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  lifeEventLabels,
  lifeEvents,
  outcomeLabels,
  outcomes,
  referralTypeLabels,
  referralTypes,
  severities,
  severityLabels,
  type ConsultationTopic,
  type LifeEvent,
  type Outcome,
  type ReferralType,
  type Severity,
  type TConsultation,
} from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { ApiError } from '../../api/errors.ts';
import { useAction } from '../../api/use-api.ts';
import { useUser } from '../../api/session.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { CheckboxField, SelectField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { CloseApproval } from '../follow-ups/CloseApproval.tsx';
import { ChipGroup } from './ChipGroup.tsx';
import { TopicPicker } from './TopicPicker.tsx';
import { labelledOptions } from './labels.ts';

interface CloseProps {
  consultation: TConsultation;
  onClosed: (consultation: TConsultation) => void;
  /** Live change notices so far: a supervisor's answer to an approval request arrives so. */
  changes: number;
}

/** The care team closes a consultation only together with its structured case record. */
export function CloseConsultation({ consultation, onClosed, changes }: CloseProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('consultations.close.open')}
      </Button>
    );
  }
  return (
    <CaseCodingForm
      consultation={consultation}
      onClosed={onClosed}
      changes={changes}
      onCancel={() => setOpen(false)}
    />
  );
}

const isCode =
  <K extends string>(codes: readonly K[]) =>
  (value: string): value is K =>
    (codes as readonly string[]).includes(value);
const isSeverity = isCode(severities);
const isOutcome = isCode(outcomes);

function CaseCodingForm({
  consultation,
  onClosed,
  changes,
  onCancel,
}: CloseProps & { onCancel: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const action = useAction();
  const [topics, setTopics] = useState<ConsultationTopic[]>(consultation.topics);
  const [events, setEvents] = useState<LifeEvent[]>([]);
  const [severity, setSeverity] = useState<Severity | ''>('');
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [referrals, setReferrals] = useState<ReferralType[]>([]);
  const [checked, setChecked] = useState(false);
  const [approval, setApproval] = useState(false);
  const supervisor = useUser().role === 'supervisor';
  const choose = { value: '', label: t('consultations.close.choose') };
  const required = (missing: boolean) =>
    checked && missing ? t('consultations.close.required') : undefined;

  async function submit() {
    setChecked(true);
    if (topics.length === 0 || severity === '' || outcome === '') return;
    const closed = await action.run(() =>
      call('closeConsultation', {
        params: { id: consultation.id },
        body: {
          coding: { topics, lifeEvents: events, severity, outcome, referrals },
          ...(supervisor && approval ? { supervisorApproval: true } : {}),
        },
      }),
    );
    if (closed) onClosed(closed);
  }

  return (
    <Card title={t('consultations.close.title')}>
      <p>{t('consultations.close.lead')}</p>
      <Form onSubmit={() => void submit()}>
        <TopicPicker
          legend={t('consultations.close.topicsLegend')}
          selected={topics}
          onChange={setTopics}
          error={
            checked && topics.length === 0 ? t('consultations.start.topicsRequired') : undefined
          }
        />
        <ChipGroup
          legend={t('consultations.close.lifeEventsLegend')}
          options={labelledOptions(lifeEvents, lifeEventLabels, locale)}
          selected={events}
          onChange={setEvents}
        />
        <SelectField
          label={t('consultations.close.severity')}
          options={[choose, ...labelledOptions(severities, severityLabels, locale)]}
          value={severity}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setSeverity(isSeverity(value) ? value : '');
          }}
          error={required(severity === '')}
        />
        <SelectField
          label={t('consultations.close.outcome')}
          options={[choose, ...labelledOptions(outcomes, outcomeLabels, locale)]}
          value={outcome}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setOutcome(isOutcome(value) ? value : '');
          }}
          error={required(outcome === '')}
        />
        <ChipGroup
          legend={t('consultations.close.referralsLegend')}
          options={labelledOptions(referralTypes, referralTypeLabels, locale)}
          selected={referrals}
          onChange={setReferrals}
        />
        {supervisor ? (
          <CheckboxField
            label={t('console.close.approval')}
            hint={t('console.close.approvalHint')}
            checked={approval}
            onChange={(event) => setApproval(event.currentTarget.checked)}
          />
        ) : (
          <p className="muted">{t('console.close.safeguardHint')}</p>
        )}
        <ErrorAlert error={action.error} />
        {supervisor ? null : (
          <CloseApproval
            consultationId={consultation.id}
            refused={action.error instanceof ApiError && action.error.code === 'FOLLOW_UP_REQUIRED'}
            changes={changes}
            onApproved={action.clear}
          />
        )}
        <div className="form__actions row-actions">
          <Button type="submit" pending={action.pending}>
            {t('consultations.close.submit')}
          </Button>
          <Button variant="quiet" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
