import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { referralTargetKinds, type TReferralTarget } from '@yorisoi/shared';
import { useApiData } from '../../api/use-api.ts';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { TextField } from '../../ui/Field.tsx';
import { useTargetDescription } from './target-description.ts';

/** Typing settles before the search runs: one request per pause, not per key. */
const settleMs = 250;

function useSettled(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value.trim()), settleMs);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

/**
 * Finding a place to refer to: one search box over the directory, childcare facilities
 * and upcoming events of the municipality, the results grouped by kind.
 */
export function ReferralPicker({
  referred,
  pending,
  onPick,
}: {
  /** Targets already referred in this consultation, by `kind:id`. */
  referred: ReadonlySet<string>;
  pending: boolean;
  onPick: (target: TReferralTarget) => void;
}) {
  const { t } = useTranslation();
  const describe = useTargetDescription();
  const [text, setText] = useState('');
  const q = useSettled(text);
  const found = useApiData('searchReferralTargets', { query: q ? { q } : {} });
  const items = found.data?.items ?? [];

  return (
    <div className="referral-picker" data-testid="referral-picker">
      <TextField
        type="search"
        label={t('referrals.picker.title')}
        hint={t('referrals.picker.searchHint')}
        value={text}
        autoFocus
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <ErrorAlert error={found.error} />
      {found.data && items.length === 0 ? (
        <p className="empty">{t('referrals.picker.noResults')}</p>
      ) : null}
      <div className="referral-picker__results" aria-busy={found.loading || undefined}>
        {referralTargetKinds.map((kind) => {
          const group = items.filter((item) => item.kind === kind);
          if (group.length === 0) return null;
          return (
            <section key={kind} className="referral-picker__group">
              <h4 className="referral-picker__group-title">{t(`referrals.kinds.${kind}`)}</h4>
              <ul className="referral-list">
                {group.map((target) => {
                  const done = referred.has(`${target.kind}:${target.id}`);
                  return (
                    <li key={target.id} className="referral-list__item">
                      <div className="referral-list__text">
                        <span className="referral-list__name">{target.name}</span>
                        <span className="muted">{describe(target)}</span>
                      </div>
                      <Button
                        variant="secondary"
                        disabled={done}
                        pending={pending}
                        aria-label={t(
                          done ? 'referrals.picker.alreadyTo' : 'referrals.picker.referTo',
                          { name: target.name },
                        )}
                        onClick={() => onPick(target)}
                      >
                        {done ? t('referrals.picker.already') : t('referrals.picker.refer')}
                      </Button>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
