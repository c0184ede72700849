import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../state/editorStore';
import { getShownJourney } from '../state/shownJourney';
import { useSession } from '../state/session';
import { useUi } from '../state/uiStore';
import { DialogActions } from '../ui/DialogActions';
import { CheckField } from '../ui/Field';
import { Modal } from '../ui/Modal';
import { SelectField } from '../ui/Select';
import { PAPERS } from '../../src/export/pdf';
import type { ExportFormat } from '../state/dialogStore';
import { exportJourney, type ExportBackground, type ExportOptions } from './exportJourney';

const FORMATS: ExportFormat[] = ['png', 'svg', 'pdf', 'html', 'xlsx', 'json', 'csv', 'notes'];
const EXPORT_BACKGROUNDS: ExportBackground[] = ['white', 'transparent'];
const ORIENTATIONS = ['landscape', 'portrait'] as const;
/** What the dialog asks; the view mode comes from the editor. */
type ChosenOptions = Omit<ExportOptions, 'mode'>;

export function ExportDialog({ initial = 'png', onClose }: { initial?: ExportFormat; onClose: () => void }) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<ChosenOptions>({
    format: initial,
    pixelRatio: 2,
    background: 'white',
    outlines: false,
    paper: 'A3',
    portrait: false,
    // On by default: a PDF goes to people without Trayecto, and the figures are half of what the map tells.
    insightsPage: true,
  });
  const set = (patch: Partial<ChosenOptions>) => setOptions((current) => ({ ...current, ...patch }));
  const { format } = options;
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
        { ...options, mode: useUi.getState().mode },
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
                onChange={() => set({ format: f })}
              />
              {t(`export.formats.${f}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {format === 'png' && (
        <SelectField
          label={t('export.pixelRatio')}
          value={String(options.pixelRatio)}
          options={[1, 2, 3, 4].map((r) => [String(r), `${r}×`] as const)}
          onChange={(r) => set({ pixelRatio: Number(r) })}
        />
      )}
      {(format === 'png' || format === 'svg') && (
        <SelectField
          label={t('export.background')}
          value={options.background}
          options={EXPORT_BACKGROUNDS.map((b) => [b, t(`export.backgrounds.${b}`)] as const)}
          onChange={(background) => set({ background })}
        />
      )}
      {format === 'svg' && (
        <CheckField
          label={t('export.outlines')}
          checked={options.outlines}
          onChange={(outlines) => set({ outlines })}
        />
      )}
      {format === 'pdf' && (
        <>
          <SelectField
            label={t('export.pageSize')}
            value={options.paper}
            options={PAPERS.map((p) => [p, t(`export.papers.${p}`)] as const)}
            onChange={(paper) => set({ paper })}
          />
          <SelectField
            label={t('export.orientation')}
            value={options.portrait ? 'portrait' : 'landscape'}
            options={ORIENTATIONS.map((o) => [o, t(`export.${o}`)] as const)}
            onChange={(o) => set({ portrait: o === 'portrait' })}
          />
          <CheckField
            label={t('export.insightsPage')}
            checked={options.insightsPage}
            onChange={(insightsPage) => set({ insightsPage })}
          />
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
      <DialogActions
        label={t('export.run')}
        busy={busy ? t('export.working') : undefined}
        onAction={() => void run()}
        onCancel={onClose}
      />
    </Modal>
  );
}
