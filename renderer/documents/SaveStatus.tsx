import { useTranslation } from 'react-i18next';
import { saveJourneyToFile } from './documentFile';
import { errorMessage, retrySave, useSession } from '../state/session';

/**
 * Whether the open map's latest change is in the local library. "Saved" only once it is; a
 * failed write stays on screen, with ways out, until a retry succeeds.
 */
export function SaveStatus() {
  const { t } = useTranslation();
  const save = useSession((s) => s.save);
  return (
    <>
      <span className="save-status muted small" role="status">
        {save.kind === 'saved'
          ? t('editor.saved')
          : save.kind === 'saving'
            ? t('editor.saving')
            : t('storage.notSaved')}
      </span>
      {save.kind === 'failed' && (
        <div className="notice save-problem" role="alert">
          <span>{t('storage.failedBanner', { message: errorMessage(save.error) })}</span>
          <button type="button" className="btn" onClick={() => void retrySave()}>
            {t('storage.retry')}
          </button>
          <button type="button" className="btn" onClick={() => void saveJourneyToFile(true)}>
            {t('storage.saveToFile')}
          </button>
        </div>
      )}
    </>
  );
}
