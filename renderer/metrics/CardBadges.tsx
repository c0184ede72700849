import { useTranslation } from 'react-i18next';
import type { EvidenceLevel } from '../../src/analytics';
import { formatFigure, STATUS_SYMBOL, type CardBadge } from './measuresView';
import './metrics.css';

const EVIDENCE_SYMBOL: Record<EvidenceLevel, string> = { assumed: '?', some: '◐', supported: '●' };

/** A card's metric values (with a traffic light and a symbol) and its evidence level, readable without colour. */
export function CardBadges({ badges, evidence }: { badges: readonly CardBadge[]; evidence: EvidenceLevel }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="card-measures">
      <span
        className={`evidence-badge is-${evidence}`}
        title={t(`measures.evidence.${evidence}`)}
        aria-label={t(`measures.evidence.${evidence}`)}
        role="img"
      >
        {EVIDENCE_SYMBOL[evidence]}
        {/* Beside values, the symbol alone: the card is narrow. */}
        {badges.length === 0 && (
          <span className="evidence-word"> {t(`measures.evidenceShort.${evidence}`)}</span>
        )}
      </span>
      {badges.slice(0, 2).map((b) => {
        const value = formatFigure(b.value, b.unit, i18n.language);
        const standing = b.status ? t(`measures.status.${b.status}`) : '';
        return (
          <span
            key={b.metricId}
            className={`metric-badge${b.status ? ` is-${b.status}` : ''}`}
            title={`${b.metric} ${value}${standing ? ` · ${standing}` : ''}`}
          >
            {b.metric} {value}
            {b.status && (
              <>
                {' '}
                <span aria-hidden="true">{STATUS_SYMBOL[b.status]}</span>
                <span className="sr-only">{standing}</span>
              </>
            )}
          </span>
        );
      })}
    </div>
  );
}
