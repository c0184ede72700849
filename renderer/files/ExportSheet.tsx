import { useTranslation } from 'react-i18next';
import type { Journey } from '../../src/model';
import { Legend } from '../inspector/Legend';

/**
 * What an exported image or printed page shows around the map: the title and situation above,
 * the emotion and channel legend below. The map itself is placed in `.export-map` afterwards.
 */
export function ExportSheet({ journey, width, height }: { journey: Journey; width: number; height: number }) {
  const { t } = useTranslation();
  return (
    <div className="export-sheet" style={{ width: width + 64 }}>
      <header className="export-header">
        <h1>{journey.title}</h1>
        {journey.situation && <p>{journey.situation}</p>}
      </header>
      <div className="export-map" style={{ width, height }} aria-label={t('canvas.label')} />
      <footer className="export-footer">
        <Legend journey={journey} />
      </footer>
    </div>
  );
}
