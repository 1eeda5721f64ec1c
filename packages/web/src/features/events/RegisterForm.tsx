import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkEventContact,
  type EventContactProblem,
  type TEventRegistrationResult,
  type TPublicEvent,
} from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { useFormFields } from '../../ui/use-form-fields.ts';
import { downloadEventCalendar } from './calendar-download.ts';

const counts = (from: number) =>
  Array.from({ length: 11 - from }, (_, i) => ({
    value: String(i + from),
    label: String(i + from),
  }));

/**
 * The registration form: checked on the phone with the same rule as the server, so a
 * parent sees what to fix next to the field before anything is sent. Sending the same
 * form twice (a bad connection) registers once.
 */
export function RegisterForm({
  code,
  event,
  onRegistered,
}: {
  code: string;
  event: TPublicEvent;
  onRegistered: () => void;
}) {
  const { t } = useTranslation();
  const [clientRequestId] = useState(() => crypto.randomUUID());
  const [problems, setProblems] = useState<Partial<Record<string, EventContactProblem>>>({});
  const problemText = (field: string) =>
    problems[field] ? t(`events.problems.${problems[field]}`) : undefined;
  const { values: form, field } = useFormFields(
    { name: '', email: '', phone: '', adults: '1', children: '1' },
    problemText,
  );
  const [result, setResult] = useState<TEventRegistrationResult | null>(null);
  const action = useAction();
  const done = useRef<HTMLElement>(null);
  useEffect(() => {
    // On a phone the form was long: bring the answer into view where the button was.
    if (result) done.current?.scrollIntoView({ block: 'start' });
  }, [result]);

  if (result) {
    return (
      <section ref={done} className="event-register" aria-labelledby="register-done">
        <Alert
          tone="success"
          title={
            result.status === 'registered'
              ? t('events.done.registeredTitle')
              : t('events.done.waitingTitle', { position: result.waitingPosition })
          }
          testId="registration-done"
        >
          <p id="register-done">
            {result.status === 'registered'
              ? t('events.done.registeredBody', { email: form.email.trim() })
              : t('events.done.waitingBody', { email: form.email.trim() })}
          </p>
          <p>{t('events.done.noMail')}</p>
          <p>{t('events.done.cancelHint')}</p>
        </Alert>
        {result.status === 'registered' ? (
          <Button block onClick={() => void downloadEventCalendar(code, event.id)}>
            {t('events.detail.calendar')}
          </Button>
        ) : null}
      </section>
    );
  }
  if (event.registration !== 'open') {
    return <Alert tone="info" title={t(`events.register.unavailable.${event.registration}`)} />;
  }
  const full = event.seatsLeft === 0;

  function submit() {
    const request = {
      name: form.name,
      email: form.email,
      phone: form.phone,
      adults: Number(form.adults),
      children: Number(form.children),
    };
    const found = checkEventContact(request);
    setProblems(Object.fromEntries(found.map((p) => [p.field, p.problem])));
    if (found.length > 0) return;
    void action
      .run(() =>
        call('registerForEvent', {
          params: { code, id: event.id },
          body: { ...request, clientRequestId, locale: currentLocale() },
        }),
      )
      .then((registered) => {
        if (registered) {
          setResult(registered);
          onRegistered();
        }
      });
  }

  return (
    <section className="event-register" aria-labelledby="register-title">
      <h2 id="register-title" className="event-register__title">
        {full ? t('events.register.waitingTitle') : t('events.register.title')}
      </h2>
      {full ? (
        <p className="event-register__lead">
          {t('events.register.waitingLead')}
          {event.waitingCount > 0
            ? ` ${t('events.register.waitingNow', { count: event.waitingCount })}`
            : null}
        </p>
      ) : null}
      <Form onSubmit={submit}>
        <ErrorAlert error={action.error} />
        <TextField
          label={t('events.register.name')}
          hint={t('events.register.nameHint')}
          autoComplete="name"
          required
          {...field('name')}
        />
        <TextField
          label={t('events.register.email')}
          hint={t('events.register.emailHint')}
          type="email"
          inputMode="email"
          autoComplete="email"
          required
          {...field('email')}
        />
        <TextField
          label={t('events.register.phone')}
          hint={t('events.register.phoneHint')}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          {...field('phone')}
        />
        <div className="event-register__party">
          <SelectField
            label={t('events.register.adults')}
            options={counts(1)}
            {...field('adults')}
          />
          <SelectField
            label={t('events.register.children')}
            options={counts(0)}
            {...field('children')}
          />
        </div>
        <p className="form__note">{t('events.register.privacy')}</p>
        <Button type="submit" pending={action.pending} block>
          {full ? t('events.register.submitWaiting') : t('events.register.submit')}
        </Button>
      </Form>
    </section>
  );
}
