import { useTranslation } from 'react-i18next';
import type { Journey } from '../../src/model';
import type { MapLayout } from '../canvas/layout';
import { Legend } from '../inspector/Legend';
import { ExportMap } from './ExportMap';

/** An exported image or printed page: the title and situation, the whole map, the emotion and channel legend. */
export function ExportSheet({
  journey,
  layout,
  detailed,
}: {
  journey: Journey;
  layout: MapLayout;
  detailed: boolean;
}) {
  const { t } = useTranslation();
  const { width, height } = layout;
  return (
    <div className="export-sheet" style={{ width: width + 64 }}>
      <header className="export-header">
        <h1>{journey.title}</h1>
        {journey.situation && <p>{journey.situation}</p>}
      </header>
      <div className="export-map" style={{ width, height }} aria-label={t('canvas.label')}>
        <ExportMap layout={layout} detailed={detailed} />
      </div>
      <footer className="export-footer">
        <Legend journey={journey} />
      </footer>
    </div>
  );
}
