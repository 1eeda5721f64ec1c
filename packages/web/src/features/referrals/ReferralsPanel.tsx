import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  referralStatuses,
  type ReferralStatus,
  type TReferral,
  type TReferralTarget,
} from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { ReferralPicker } from './ReferralPicker.tsx';
import { useTargetDescription } from './target-description.ts';
import { useReferrals } from './use-referrals.ts';

const targetKey = (target: Pick<TReferralTarget, 'kind' | 'id'>) => `${target.kind}:${target.id}`;

function ReferralItem({
  referral,
  onStatus,
}: {
  referral: TReferral;
  onStatus: (status: ReferralStatus) => void;
}) {
  const { t } = useTranslation();
  const describe = useTargetDescription();
  const { target } = referral;
  return (
    <li className="referral-list__item" data-testid="referral">
      <div className="referral-list__text">
        <span className="referral-list__name">{target.name}</span>
        <span className="muted">
          {t(`referrals.kinds.${target.kind}`)}
          {t('common.listSeparator')}
          {describe(target)}
        </span>
        {referral.needsAgreement ? (
          <span className="muted" data-testid="referral-agreement">
            {referral.personAgreedAt
              ? t('referrals.agreement.given')
              : t('referrals.agreement.waiting')}
          </span>
        ) : null}
      </div>
      <select
        className="field__control field__control--select referral-list__status"
        aria-label={t('referrals.care.statusLabel', { name: target.name })}
        value={referral.status}
        onChange={(event) => onStatus(event.currentTarget.value as ReferralStatus)}
      >
        {referralStatuses.map((status) => (
          <option key={status} value={status}>
            {t(`referrals.status.${status}`)}
          </option>
        ))}
      </select>
    </li>
  );
}

/**
 * The referrals of this consultation for the care team: 「紹介する」 opens the picker; each
 * referral's status is followed up here (紹介済み → 連絡済み → 利用した → 終了).
 */
export function ReferralsPanel({
  consultationId,
  open,
  changes,
}: {
  consultationId: string;
  /** A closed consultation keeps its follow-up but takes no new referral. */
  open: boolean;
  changes: number;
}) {
  const { t } = useTranslation();
  const list = useReferrals(consultationId, changes);
  const action = useAction();
  const [picking, setPicking] = useState(false);
  const [said, setSaid] = useState('');
  const items = list.data?.items ?? [];

  async function refer(target: TReferralTarget) {
    const added = await action.run(() =>
      call('addReferral', {
        params: { id: consultationId },
        body: { target: { kind: target.kind, id: target.id } },
      }),
    );
    if (!added) return;
    setPicking(false);
    setSaid(t('referrals.care.added', { name: target.name }));
    list.reload();
  }

  async function follow(referral: TReferral, status: ReferralStatus) {
    const updated = await action.run(() =>
      call('updateReferral', { params: { id: referral.id }, body: { status } }),
    );
    if (!updated) return;
    setSaid(t('referrals.care.changed', { status: t(`referrals.status.${status}`) }));
    list.reload();
  }

  return (
    <section className="card care-section" data-testid="referrals">
      <div className="card__header">
        <h2 className="card__title">{t('referrals.care.title')}</h2>
        {open ? (
          <div className="card__actions">
            <Button
              variant={picking ? 'quiet' : 'secondary'}
              aria-expanded={picking}
              onClick={() => setPicking(!picking)}
            >
              {picking ? t('referrals.care.close') : t('referrals.care.open')}
            </Button>
          </div>
        ) : null}
      </div>
      <p className="muted">{t('referrals.care.lead')}</p>
      <ErrorAlert error={list.error ?? action.error} />
      <p className="visually-hidden" role="status">
        {said}
      </p>
      {picking ? (
        <ReferralPicker
          referred={new Set(items.map((r) => targetKey(r.target)))}
          pending={action.pending}
          onPick={(target) => void refer(target)}
        />
      ) : null}
      {list.data && items.length === 0 ? (
        <p className="empty">{t('referrals.care.none')}</p>
      ) : (
        <ul className="referral-list">
          {items.map((referral) => (
            <ReferralItem
              key={referral.id}
              referral={referral}
              onStatus={(status) => void follow(referral, status)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
