import { isActionId } from '../../src/actions';
import { chooseAction } from './registry';
import { reportDocumentState } from '../documents/documentFile';
import { openFromHost } from '../import/openJourneyFile';
import { getPlatform } from '../platform';
import { useEditor } from '../state/editorStore';
import { useSettings } from '../state/settingsStore';

/** Listen to the host (native menu, files opened by the OS) and tell it the UI language. Returns the cleanup. */
export function connectHost(): () => void {
  const platform = getPlatform();
  const stopMenu = platform.onMenuCommand((id) => isActionId(id) && chooseAction(id));
  const stopFiles = platform.onOpenFile((file) => void openFromHost(file));
  platform.setLanguage(useSettings.getState().language);
  const stopLanguage = useSettings.subscribe((state, previous) => {
    if (state.language !== previous.language) platform.setLanguage(state.language);
  });
  const stopDocument = useEditor.subscribe((state, previous) => {
    if (state.journey !== previous.journey) reportDocumentState(state.journey);
  });
  return () => {
    stopDocument();
    stopMenu();
    stopFiles();
    stopLanguage();
  };
}
