import { useTranslation } from 'react-i18next';
import type { TWorkIntroduction } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';

/** The introductions of a programme by person and opening: who was already introduced where. */
export function introducedPairs(items: readonly TWorkIntroduction[]) {
  return new Map(items.map((i) => [`${i.profileId}:${i.openingId}`, i]));
}

/**
 * Proposing one person for one opening; a person already introduced there shows the
 * introduction's state instead, so nobody is proposed twice.
 */
export function ProposeIntroduction({
  profileId,
  openingId,
  existing,
  onProposed,
}: {
  profileId: string;
  openingId: string;
  existing: TWorkIntroduction | undefined;
  onProposed: () => void;
}) {
  const { t } = useTranslation();
  const action = useAction();
  if (existing)
    return (
      <Badge tone={existing.status === 'declined' ? 'neutral' : 'good'}>
        {existing.status === 'proposed'
          ? t('work.staff.proposed')
          : t('workStaff.intro.already', {
              status: t(`work.introductions.status.${existing.status}`),
            })}
      </Badge>
    );
  const propose = () =>
    void action
      .run(() => call('proposeWorkIntroduction', { body: { profileId, openingId } }))
      .then((done) => done && onProposed());
  return (
    <>
      <ErrorAlert error={action.error} />
      <Button variant="secondary" pending={action.pending} onClick={propose}>
        {t('workStaff.intro.propose')}
      </Button>
    </>
  );
}
