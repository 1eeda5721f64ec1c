import { useTranslation } from 'react-i18next';

/**
 * A count disclosure control did not publish: a short 「—」 in the cell, read out as
 * 非公表, and explained once under the table (HiddenNote), never per cell.
 */
export function HiddenMark() {
  const { t } = useTranslation();
  return (
    <span className="hidden-count">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('statistics.hidden.word')}</span>
    </span>
  );
}

/** The one footnote of a table that has hidden counts. */
export function HiddenNote({ k }: { k: string }) {
  const { t } = useTranslation();
  return <p className="hidden-note">{t('statistics.hidden.note', { k })}</p>;
}
