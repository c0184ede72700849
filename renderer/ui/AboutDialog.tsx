import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={t('help.about')}>
      <p>
        <strong>Trayecto</strong> — {t('app.tagline')}
      </p>
      <p className="muted">{t('help.aboutText')}</p>
    </Modal>
  );
}
