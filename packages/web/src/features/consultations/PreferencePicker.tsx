import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { consultationPreferences } from '@yorisoi/shared';

export type StartChoice = 'chat' | 'booking';

interface PreferencePickerProps {
  value: StartChoice;
  onChange: (next: StartChoice) => void;
}

/**
 * Chat now, or book a time (chat or video at the booked time). Video on the spot is not
 * offered; the note says it comes through booking, so nobody starts a flow that leads nowhere.
 */
export function PreferencePicker({ value, onChange }: PreferencePickerProps) {
  const { t } = useTranslation();
  const noteId = useId();
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t('consultations.start.preferenceLegend')}</legend>
      <div className="choice-list">
        {consultationPreferences.map((preference) => {
          const available = preference !== 'video';
          return (
            <label key={preference} className="choice">
              <input
                type="radio"
                name="preference"
                value={preference}
                className="field__checkbox"
                checked={preference === value}
                disabled={!available}
                onChange={() => {
                  if (preference !== 'video') onChange(preference);
                }}
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
