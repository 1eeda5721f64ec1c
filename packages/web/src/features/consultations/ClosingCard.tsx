import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TConsultationClosing } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { errorCode } from '../../api/errors.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { paths } from '../../app/guards.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button, LinkButton } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { CheckboxField, TextAreaField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';

const scores = [1, 2, 3, 4, 5] as const;
type Score = (typeof scores)[number];

/** The word for a score; the contract keeps scores within 1 to 5. */
function scoreKey(score: number): `closing.scores.${Score}` {
  const step = Math.min(5, Math.max(1, Math.round(score))) as Score;
  return `closing.scores.${step}`;
}

/**
 * What the person sees when their consultation has been closed: a word of thanks, a
 * five-step rating with an optional comment (once), and whether to return to the same
 * coordinator next time.
 */
export function ClosingCard({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const closing = useApiData('getConsultationClosing', { params: { id: consultationId } });
  const section = useRef<HTMLElement>(null);
  const loaded = closing.data !== undefined;
  useEffect(() => {
    // The log follows its newest line; the card is read from its heading down.
    if (loaded) section.current?.scrollIntoView({ block: 'start' });
  }, [loaded]);
  return (
    <section
      ref={section}
      className="closing-card"
      aria-labelledby={headingId}
      data-testid="closing-card"
    >
      <h2 id={headingId} className="closing-card__title">
        {t('closing.title')}
      </h2>
      <p>{t('closing.thanks')}</p>
      <ErrorAlert error={closing.error} />
      {closing.data ? (
        <>
          <RatingPart
            consultationId={consultationId}
            closing={closing.data}
            onRated={closing.reload}
          />
          <NextTimeChoice consultationId={consultationId} closing={closing.data} />
        </>
      ) : null}
      <LinkButton to={paths.newConsultation} variant="secondary" block>
        {t('closing.startNew')}
      </LinkButton>
    </section>
  );
}

function RatingPart({
  consultationId,
  closing,
  onRated,
}: {
  consultationId: string;
  closing: TConsultationClosing;
  onRated: () => void;
}) {
  const { t } = useTranslation();
  const [score, setScore] = useState<Score | null>(null);
  const [comment, setComment] = useState('');
  const action = useAction();
  const name = useId();
  const hintId = useId();

  if (closing.rating) {
    return (
      <Alert tone="success" testId="rating-sent">
        <p>{t('closing.sent', { label: t(scoreKey(closing.rating.score)) })}</p>
      </Alert>
    );
  }
  // Rated already from another tab or device: say so kindly, not as a failure.
  if (errorCode(action.error) === 'CONFLICT') {
    return (
      <Alert tone="info" testId="rating-sent">
        <p>{t('closing.alreadyRated')}</p>
      </Alert>
    );
  }

  function submit() {
    if (score === null) return;
    const trimmed = comment.trim();
    void action
      .run(() =>
        call('rateConsultation', {
          params: { id: consultationId },
          body: trimmed ? { score, comment: trimmed } : { score },
        }),
      )
      .then((rating) => {
        if (rating) onRated();
      });
  }

  return (
    <Form onSubmit={submit} className="closing-card__rating">
      <fieldset className="fieldset" aria-describedby={hintId}>
        <legend className="fieldset__legend">{t('closing.ratingLegend')}</legend>
        <p id={hintId} className="fieldset__note">
          {t('closing.ratingHint')}
        </p>
        <div className="rating-scale">
          {scores.map((value) => (
            <label key={value} className="rating-scale__option">
              <input
                type="radio"
                name={name}
                value={value}
                className="rating-scale__input"
                checked={score === value}
                onChange={() => setScore(value)}
              />
              <span className="rating-scale__number" aria-hidden="true">
                {value}
              </span>
              <span className="rating-scale__label">{t(scoreKey(value))}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {/* The comment and the button appear once a score is chosen: a short card to start with. */}
      {score === null ? null : (
        <>
          <TextAreaField
            label={t('closing.comment')}
            hint={t('closing.commentHint')}
            maxLength={500}
            rows={2}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
          <ErrorAlert error={action.error} />
          <Button type="submit" variant="primary" pending={action.pending}>
            {t('closing.send')}
          </Button>
        </>
      )}
    </Form>
  );
}

function NextTimeChoice({
  consultationId,
  closing,
}: {
  consultationId: string;
  closing: TConsultationClosing;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(closing.sameCoordinatorNextTime);
  const [saved, setSaved] = useState(false);
  const action = useAction();

  function choose(sameCoordinator: boolean) {
    setChosen(sameCoordinator);
    setSaved(false);
    void action
      .run(() =>
        call('chooseNextTimeCoordinator', {
          params: { id: consultationId },
          body: { sameCoordinator },
        }),
      )
      .then((result) => {
        if (result) setSaved(true);
        else setChosen(!sameCoordinator);
      });
  }

  return (
    <div className="closing-card__next">
      <CheckboxField
        label={t('closing.nextTime')}
        hint={t('closing.nextTimeHint')}
        checked={chosen}
        disabled={action.pending}
        onChange={(event) => choose(event.target.checked)}
      />
      <ErrorAlert error={action.error} />
      <p className="closing-card__saved" role="status">
        {saved ? t('closing.nextTimeSaved') : ''}
      </p>
    </div>
  );
}
