import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { consultationPreferences } from '@yorisoi/shared';

/**
 * Chat is the only way offered today. Video and booking are listed, disabled, with an
 * honest note, so people know they are coming and nobody starts a flow that leads nowhere.
 */
export function PreferencePicker() {
  const { t } = useTranslation();
  const noteId = useId();
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t('consultations.start.preferenceLegend')}</legend>
      <div className="choice-list">
        {consultationPreferences.map((preference) => {
          const available = preference === 'chat';
          return (
            <label key={preference} className="choice">
              <input
                type="radio"
                name="preference"
                value={preference}
                className="field__checkbox"
                checked={available}
                disabled={!available}
                readOnly
                aria-describedby={available ? undefined : noteId}
              />
              <span>{t(`consultations.preference.${preference}`)}</span>
            </label>
          );
        })}
      </div>
      <p id={noteId} className="field__hint">
        {t('consultations.start.notYet')}
      </p>
    </fieldset>
  );
}
