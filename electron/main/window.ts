import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from './security';
import type { WindowState } from './windowState';

/** The options of the app's window: remembered bounds, hidden until painted, locked down. */
export function mainWindowOptions(state: WindowState, preload: string): BrowserWindowConstructorOptions {
  return {
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Trayecto',
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(preload),
  };
}

/** The bounds to remember when the window closes. */
export function captureWindowState(
  window: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized'>,
): WindowState {
  const { x, y, width, height } = window.getNormalBounds();
  return { x, y, width, height, maximized: window.isMaximized() };
}

export type CloseChoice = 'save' | 'discard' | 'cancel';

const CLOSE_PROMPT = {
  en: {
    message: (title: string) => `Save the changes to "${title}" in its file?`,
    detail: 'Your journey is safe in Trayecto’s library either way; this is only about the file on disk.',
    buttons: ['Save', 'Don’t Save', 'Cancel'],
  },
  es: {
    message: (title: string) => `¿Guardar los cambios de «${title}» en su archivo?`,
    detail:
      'El trayecto está a salvo en la biblioteca de Trayecto en cualquier caso; esto solo afecta al archivo en disco.',
    buttons: ['Guardar', 'No guardar', 'Cancelar'],
  },
};

/** The "unsaved changes to file" question, as message-box options (index 0 save, 1 discard, 2 cancel). */
export function closePromptOptions(language: 'en' | 'es', title: string) {
  const text = CLOSE_PROMPT[language];
  return {
    type: 'question' as const,
    message: text.message(title),
    detail: text.detail,
    buttons: [...text.buttons],
    defaultId: 0,
    cancelId: 2,
  };
}

export function closeChoice(response: number): CloseChoice {
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
}
