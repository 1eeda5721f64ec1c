import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { maxMessageLength, type ConsultationTopic } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { consultationPath, paths } from '../../app/guards.ts';
import { formatNumber } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Button, LinkButton } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Form } from '../../ui/Form.tsx';
import { Page } from '../../ui/Page.tsx';
import { MessageField, messageProblem } from './MessageField.tsx';
import { PreferencePicker, type StartChoice } from './PreferencePicker.tsx';
import { RiskGuidance } from './RiskGuidance.tsx';
import { TopicPicker } from './TopicPicker.tsx';
import { needsEmergencyGuidance } from './risk.ts';

export function StartConsultationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const action = useAction();
  const [topics, setTopics] = useState<ConsultationTopic[]>([]);
  const [body, setBody] = useState('');
  // Retrying the same text reuses its id, so a start that did reach the server is not doubled.
  const [clientMsgId, setClientMsgId] = useState(() => crypto.randomUUID());
  const [checked, setChecked] = useState(false);
  const [choice, setChoice] = useState<StartChoice>('chat');

  const topicsError =
    checked && topics.length === 0 ? t('consultations.start.topicsRequired') : undefined;
  const problem = checked ? messageProblem(body) : undefined;
  const bodyError = problem
    ? t(`consultations.start.${problem}`, { max: formatNumber(maxMessageLength, currentLocale()) })
    : undefined;

  function changeBody(next: string) {
    setBody(next);
    setClientMsgId(crypto.randomUUID());
  }

  async function submit() {
    if (choice === 'booking') return;
    setChecked(true);
    if (topics.length === 0 || messageProblem(body)) return;
    const started = await action.run(() =>
      call('startConsultation', {
        body: { topics, preference: 'chat', firstMessage: { clientMsgId, body } },
      }),
    );
    if (started) await navigate(consultationPath(started.consultation.id), { replace: true });
  }

  return (
    <Page title={t('consultations.start.title')} lead={<p>{t('consultations.start.lead')}</p>}>
      <Form onSubmit={() => void submit()}>
        <TopicPicker
          legend={t('consultations.start.topicsLegend')}
          selected={topics}
          onChange={setTopics}
          error={topicsError}
        />
        <PreferencePicker value={choice} onChange={setChoice} />
        {choice === 'booking' ? (
          <div className="form__actions row-actions">
            <LinkButton
              to={`${paths.bookAppointment}${topics[0] ? `?topic=${topics[0]}` : ''}`}
              variant="primary"
            >
              {t('consultations.start.bookingGo')}
            </LinkButton>
            <LinkButton to={paths.home} variant="quiet">
              {t('consultations.start.back')}
            </LinkButton>
          </div>
        ) : (
          <>
            <MessageField
              label={t('consultations.start.messageLabel')}
              hint={t('consultations.start.messageHint')}
              value={body}
              onChange={changeBody}
              error={bodyError}
            />
            {needsEmergencyGuidance(body) ? <RiskGuidance /> : null}
            <ErrorAlert error={action.error} />
            <div className="form__actions row-actions">
              <Button type="submit" pending={action.pending}>
                {t('consultations.start.submit')}
              </Button>
              <LinkButton to={paths.home} variant="quiet">
                {t('consultations.start.back')}
              </LinkButton>
            </div>
          </>
        )}
      </Form>
    </Page>
  );
}
