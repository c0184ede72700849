import { useTranslation } from 'react-i18next';
import { ACTION_IDS, ACTION_SPECS, type ActionScope } from '../../src/actions';
import { actionLabelKey } from './registry';
import { shortcutsFor, shortcutText } from './shortcuts';
import { Modal } from '../ui/Modal';
import './actions.css';

const SCOPES: readonly ActionScope[] = ['global', 'map', 'canvas', 'workshop'];

/** Every action and its keys on this computer, by where it applies: read from the registry, like the menus. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={t('help.shortcuts')} wide>
      {SCOPES.map((scope) => (
        <table key={scope} className="shortcuts">
          <caption>{t(`commands.scope.${scope}`)}</caption>
          <tbody>
            {ACTION_IDS.filter((id) => ACTION_SPECS[id].scope === scope).map((id) => (
              <tr key={id}>
                <td>{t(actionLabelKey(id))}</td>
                <td>
                  {shortcutsFor(id).map((s) => (
                    <kbd key={shortcutText(s)}>{shortcutText(s)}</kbd>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </Modal>
  );
}
