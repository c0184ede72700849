import { useTranslation } from 'react-i18next';
import { ACTIONS } from '../actions/registry';
import { formatShortcut } from '../actions/shortcuts';
import { Modal } from './Modal';

/** Every keyboard shortcut, read from the same registry the canvas and the menu use. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={t('help.shortcuts')} wide>
      <table className="shortcuts">
        <tbody>
          {ACTIONS.map((action) => (
            <tr key={action.id}>
              <td>{t(action.label)}</td>
              <td>
                {action.shortcuts.map((s) => (
                  <kbd key={formatShortcut(s)}>{formatShortcut(s)}</kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}

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
