import { useTranslation } from 'react-i18next';
import type { TShift } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { formatDate } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Button } from '../../ui/Button.tsx';
import { DataTable, type Column } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';

interface ShiftListProps {
  shifts: readonly TShift[];
  /** Supervisors may delete; coordinators only read. */
  canEdit: boolean;
  onChanged: () => void;
}

export function ShiftList({ shifts, canEdit, onChanged }: ShiftListProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const remove = useAction();
  const when = (iso: string) => formatDate(iso, locale, { withTime: true });

  async function deleteShift(shift: TShift) {
    const done = await remove.run(() => call('deleteShift', { params: { id: shift.id } }));
    if (done) onChanged();
  }

  const columns: Column<TShift>[] = [
    {
      key: 'person',
      header: t('care.roster.person'),
      rowHeader: true,
      render: (shift) => shift.displayName,
    },
    {
      key: 'kind',
      header: t('care.roster.kind'),
      render: (shift) => t(`care.roster.kinds.${shift.kind}`),
    },
    { key: 'start', header: t('care.roster.startsAt'), render: (shift) => when(shift.startsAt) },
    { key: 'end', header: t('care.roster.endsAt'), render: (shift) => when(shift.endsAt) },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      header: t('common.actions'),
      render: (shift) => (
        <Button
          variant="danger"
          pending={remove.pending}
          aria-label={t('care.roster.deleteFor', {
            name: shift.displayName,
            start: when(shift.startsAt),
          })}
          onClick={() => void deleteShift(shift)}
        >
          {t('care.roster.delete')}
        </Button>
      ),
    });
  }

  return (
    <>
      <ErrorAlert error={remove.error} />
      <DataTable
        caption={t('care.roster.shiftsCaption')}
        rows={shifts}
        rowKey={(shift) => shift.id}
        empty={t('care.roster.shiftsEmpty')}
        testId="shifts"
        columns={columns}
      />
    </>
  );
}
