import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './Alert.tsx';
import { Button } from './Button.tsx';

interface ConfirmedActionProps {
  /** The first button: it only asks. */
  label: string;
  title: string;
  body: string;
  confirmLabel: string;
  pending: boolean;
  /** Does the action; resolves true when it went through, which closes the question. */
  onConfirm: () => Promise<boolean>;
}

/**
 * An action that is hard to undo, asked for in two steps: a quiet button, then a warning
 * that names the consequence, with the action itself and a way back.
 */
export function ConfirmedAction({
  label,
  title,
  body,
  confirmLabel,
  pending,
  onConfirm,
}: ConfirmedActionProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {label}
      </Button>
    );
  }
  const confirm = () =>
    void onConfirm().then((done) => {
      if (done) setConfirming(false);
    });
  return (
    <Alert tone="warning" title={title}>
      <p>{body}</p>
      <div className="row-actions">
        <Button variant="danger" pending={pending} onClick={confirm}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </Alert>
  );
}
