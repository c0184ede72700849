import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../state/editorStore';
import { getShownJourney } from '../state/shownJourney';
import { useSession } from '../state/session';
import { useUi } from '../state/uiStore';
import { Modal } from '../ui/Modal';
import { PAPERS, type Paper } from '../../src/export/pdf';
import type { ExportFormat } from '../state/dialogStore';
import { exportJourney, type ExportBackground } from './exportJourney';

const FORMATS: ExportFormat[] = ['png', 'svg', 'pdf', 'html', 'xlsx', 'json', 'csv', 'notes'];

export function ExportDialog({ initial = 'png', onClose }: { initial?: ExportFormat; onClose: () => void }) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<ExportFormat>(initial);
  const [pixelRatio, setPixelRatio] = useState(2);
  const [background, setBackground] = useState<ExportBackground>('white');
  const [outlines, setOutlines] = useState(false);
  const [paper, setPaper] = useState<Paper>('A3');
  const [portrait, setPortrait] = useState(false);
  // On by default: a PDF goes to people without Trayecto, and the figures are half of what the map tells.
  const [insightsPage, setInsightsPage] = useState(true);
  const [busy, setBusy] = useState(false);
  // A progress bar and Cancel for exports that take more than a second.
  const [slow, setSlow] = useState(false);
  const running = useRef<AbortController | null>(null);
  const run = async () => {
    const journey = useEditor.getState().journey;
    const shown = getShownJourney();
    if (!journey || !shown) return;
    setBusy(true);
    const controller = new AbortController();
    running.current = controller;
    const timer = setTimeout(() => setSlow(true), 1000);
    try {
      const outcome = await exportJourney(
        journey,
        shown,
        {
          format,
          pixelRatio,
          background,
          outlines,
          paper,
          portrait,
          insightsPage,
          mode: useUi.getState().mode,
        },
        controller.signal,
      );
      if (outcome.saved) {
        const done = t('export.done', { name: outcome.saved.name });
        useSession.setState({ notice: outcome.note ? `${done} ${outcome.note}` : done });
      }
      onClose();
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        useSession.setState({ notice: t('export.cancelled') });
        onClose();
        return;
      }
      useSession.setState({
        notice: t('export.failed', { message: error instanceof Error ? error.message : String(error) }),
      });
      setBusy(false);
    } finally {
      clearTimeout(timer);
      setSlow(false);
      running.current = null;
    }
  };
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={t('export.title')}>
      <fieldset className="field">
        <legend className="field-label">{t('export.format')}</legend>
        <div className="segmented">
          {FORMATS.map((f) => (
            <label key={f} className="check">
              <input
                type="radio"
                name="format"
                value={f}
                checked={format === f}
                onChange={() => setFormat(f)}
              />
              {t(`export.formats.${f}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {format === 'png' && (
        <label className="field">
          <span>{t('export.pixelRatio')}</span>
          <select value={pixelRatio} onChange={(e) => setPixelRatio(Number(e.target.value))}>
            {[1, 2, 3, 4].map((r) => (
              <option key={r} value={r}>
                {r}×
              </option>
            ))}
          </select>
        </label>
      )}
      {(format === 'png' || format === 'svg') && (
        <label className="field">
          <span>{t('export.background')}</span>
          <select value={background} onChange={(e) => setBackground(e.target.value as ExportBackground)}>
            <option value="white">{t('export.backgrounds.white')}</option>
            <option value="transparent">{t('export.backgrounds.transparent')}</option>
          </select>
        </label>
      )}
      {format === 'svg' && (
        <label className="check">
          <input type="checkbox" checked={outlines} onChange={(e) => setOutlines(e.target.checked)} />
          {t('export.outlines')}
        </label>
      )}
      {format === 'pdf' && (
        <>
          <label className="field">
            <span>{t('export.pageSize')}</span>
            <select value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
              {PAPERS.map((p) => (
                <option key={p} value={p}>
                  {t(`export.papers.${p}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('export.orientation')}</span>
            <select
              value={portrait ? 'portrait' : 'landscape'}
              onChange={(e) => setPortrait(e.target.value === 'portrait')}
            >
              <option value="landscape">{t('export.landscape')}</option>
              <option value="portrait">{t('export.portrait')}</option>
            </select>
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={insightsPage}
              onChange={(e) => setInsightsPage(e.target.checked)}
            />
            {t('export.insightsPage')}
          </label>
        </>
      )}
      <p className="muted small">{t(`export.hints.${format}`)}</p>
      {slow && (
        <div className="field">
          <progress aria-label={t('export.working')} />
          <button type="button" className="btn" onClick={() => running.current?.abort()}>
            {t('export.cancel')}
          </button>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void run()}>
          {busy ? t('export.working') : t('export.run')}
        </button>
      </div>
    </Modal>
  );
}
