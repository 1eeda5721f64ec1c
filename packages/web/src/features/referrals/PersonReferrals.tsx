import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TReferral } from '@yorisoi/shared';
import { useTargetDescription } from './target-description.ts';
import { useReferrals } from './use-referrals.ts';

/** Digits and + only, as a tel: address wants them (全角 digits folded). */
function telHref(phone: string): string {
  const ascii = phone.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return `tel:${ascii.replace(/[^0-9+]/g, '')}`;
}

function ReferralCard({ referral }: { referral: TReferral }) {
  const { t } = useTranslation();
  const describe = useTargetDescription();
  const { target } = referral;
  const phone = target.kind === 'event' ? null : target.phone;
  const site = target.kind === 'event' ? null : target.url;
  return (
    <li className="referral-card" data-testid="referral-card">
      <p className="referral-card__name">{target.name}</p>
      <p className="referral-card__kind">{describe(target)}</p>
      {target.kind === 'resource' && target.note ? (
        <p className="referral-card__note">{target.note}</p>
      ) : null}
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
          <ReferralCard key={referral.id} referral={referral} />
        ))}
      </ul>
    </details>
  );
}
