import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TReferral } from '@yorisoi/shared';
import { useTargetDescription } from './target-description.ts';
import { useReferrals } from './use-referrals.ts';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { useCentreDate } from '../job-centre/centre-dates.ts';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';

/** Digits and + only, as a tel: address wants them (全角 digits folded). */
function telHref(phone: string): string {
  const ascii = phone.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return `tel:${ascii.replace(/[^0-9+]/g, '')}`;
}

/**
 * A work programme hears of a referral only once the person agrees here; until then the
 * card asks, and after it says when and what was passed on (only where they came from).
 */
function Agreement({ referral, onAgreed }: { referral: TReferral; onAgreed: () => void }) {
  const { t } = useTranslation();
  const action = useAction();
  const dateLabel = useCentreDate();
  if (!referral.needsAgreement) return null;
  if (referral.personAgreedAt)
    return (
      <p className="referral-card__note" data-testid="referral-agreed">
        {t('referrals.agreement.agreed', {
          date: dateLabel(referral.personAgreedAt),
        })}
      </p>
    );
  async function agree() {
    const agreed = await action.run(() => call('agreeToReferral', { params: { id: referral.id } }));
    if (agreed) onAgreed();
  }
  return (
    <div className="referral-card__agreement">
      <p className="referral-card__note">{t('referrals.agreement.ask')}</p>
      <ErrorAlert error={action.error} />
      <Button
        variant="primary"
        disabled={action.pending}
        aria-label={t('referrals.agreement.agreeTo', { name: referral.target.name })}
        onClick={() => void agree()}
      >
        {t('referrals.agreement.agree')}
      </Button>
    </div>
  );
}

function ReferralCard({ referral, onAgreed }: { referral: TReferral; onAgreed: () => void }) {
  const { t } = useTranslation();
  const describe = useTargetDescription();
  const { target } = referral;
  const phone = target.kind === 'resource' || target.kind === 'facility' ? target.phone : null;
  const site = target.kind === 'resource' || target.kind === 'facility' ? target.url : null;
  return (
    <li className="referral-card" data-testid="referral-card">
      <p className="referral-card__name">{target.name}</p>
      <p className="referral-card__kind">{describe(target)}</p>
      {target.kind === 'resource' && target.note ? (
        <p className="referral-card__note">{target.note}</p>
      ) : null}
      <Agreement referral={referral} onAgreed={onAgreed} />
      <div className="referral-card__links">
        {phone ? (
          <a className="referral-card__link" href={telHref(phone)}>
            {t('referrals.person.call', { phone })}
          </a>
        ) : null}
        {target.page ? (
          <Link className="referral-card__link" to={target.page}>
            {t('referrals.person.page')}
          </Link>
        ) : null}
        {site && !target.page ? (
          <a className="referral-card__link" href={site} target="_blank" rel="noreferrer">
            {t('referrals.person.site')}
          </a>
        ) : null}
      </div>
    </li>
  );
}

/**
 * What the care team referred the person to in this consultation, folded above the chat so
 * the conversation keeps the screen; it opens by itself when a new referral arrives.
 */
export function PersonReferrals({
  consultationId,
  changes,
}: {
  consultationId: string;
  /** Live change notices so far: a referral made now shows without reloading. */
  changes: number;
}) {
  const { t } = useTranslation();
  const list = useReferrals(consultationId, changes);
  const items = list.data?.items ?? [];
  const [open, setOpen] = useState(false);
  const seen = useRef<number | null>(null);
  useEffect(() => {
    if (!list.data) return;
    if (seen.current !== null && items.length > seen.current) setOpen(true);
    seen.current = items.length;
  }, [list.data, items.length]);

  if (items.length === 0) return null;
  return (
    <details
      className="referral-strip"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-testid="person-referrals"
    >
      <summary className="referral-strip__summary">
        {t('referrals.person.summary', { count: items.length })}
      </summary>
      <ul className="referral-strip__cards">
        {items.map((referral) => (
          <ReferralCard key={referral.id} referral={referral} onAgreed={list.reload} />
        ))}
      </ul>
    </details>
  );
}
