import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QUADRANTS, type RankedOpportunity } from '../../src/analytics/plan';
import { setPlan } from '../../src/commands';
import { useEditor } from '../state/editorStore';
import './plan.css';

const SCORES = 5;
/** Where a quadrant's name sits: quick wins top left (high impact, low effort), money pits bottom right. */
const CORNER = { 'quick-win': 'tl', 'big-bet': 'tr', 'fill-in': 'bl', 'money-pit': 'br' } as const;
const clamp = (n: number) => Math.max(1, Math.min(SCORES, n));
const KEYS: Record<string, [impact: number, effort: number]> = {
  ArrowUp: [1, 0],
  ArrowDown: [-1, 0],
  ArrowRight: [0, 1],
  ArrowLeft: [0, -1],
};

/**
 * The impact × effort matrix: each opportunity a numbered token (its rank in the plan), dragged onto a
 * cell or moved with the arrow keys; the unplaced ones wait in a tray below.
 */
export function PlanMatrix({ ranked }: { ranked: RankedOpportunity[] }) {
  const { t } = useTranslation();
  const grid = useRef<HTMLDivElement>(null);
  const place = (id: string, impact: number, effort: number) =>
    useEditor.getState().dispatch(setPlan(id, { impact: clamp(impact), effort: clamp(effort) }));
  const onKeyDown = (r: RankedOpportunity) => (e: KeyboardEvent) => {
    const step = KEYS[e.key];
    if (!step) return;
    e.preventDefault();
    const { impact, effort } = r.plan;
    // An unplaced opportunity lands in the middle first.
    if (impact === undefined || effort === undefined) place(r.opportunity.id, impact ?? 3, effort ?? 3);
    else place(r.opportunity.id, impact + step[0], effort + step[1]);
  };
  const onPointerUp = (r: RankedOpportunity) => (e: PointerEvent) => {
    const box = grid.current?.getBoundingClientRect();
    if (!box) return;
    const [x, y] = [(e.clientX - box.left) / box.width, (e.clientY - box.top) / box.height];
    if (x < 0 || x >= 1 || y < 0 || y >= 1) return;
    place(r.opportunity.id, SCORES - Math.floor(y * SCORES), Math.floor(x * SCORES) + 1);
  };
  const inCell = new Map<string, number>();
  const unplaced = ranked.filter((r) => r.quadrant === null);
  return (
    <div className="plan-matrix">
      <p className="small muted">{t('plan.matrixHelp')}</p>
      <div className="plan-matrix-frame">
        <span className="plan-axis plan-axis-y">{t('plan.impact')} →</span>
        <div ref={grid} className="plan-grid" role="group" aria-label={t('plan.matrix')}>
          {QUADRANTS.map((q) => (
            <span key={q} className={`plan-quadrant is-${CORNER[q]}`}>
              {t(`plan.quadrant.${q}`)}
            </span>
          ))}
          {ranked.map((r, rank) => {
            const { impact, effort } = r.plan;
            const placed = impact !== undefined && effort !== undefined;
            const key = placed ? `${impact}:${effort}` : 'tray';
            const nth = inCell.get(key) ?? 0;
            inCell.set(key, nth + 1);
            const style = placed
              ? {
                  left: `calc(${((effort - 1) / SCORES) * 100}% + ${4 + (nth % 2) * 28}px)`,
                  top: `calc(${((SCORES - impact) / SCORES) * 100}% + ${4 + Math.floor(nth / 2) * 28}px)`,
                }
              : { left: `${(nth % 8) * 30}px`, top: `calc(100% + ${34 + Math.floor(nth / 8) * 30}px)` };
            return (
              <button
                key={r.opportunity.id}
                type="button"
                className={`plan-token${placed ? '' : ' is-unplaced'}`}
                style={style}
                title={r.opportunity.text}
                aria-label={
                  placed
                    ? t('plan.token', { text: r.opportunity.text, impact, effort })
                    : t('plan.tokenUnplaced', { text: r.opportunity.text })
                }
                onKeyDown={onKeyDown(r)}
                onPointerDown={(e) => e.currentTarget.setPointerCapture(e.pointerId)}
                onPointerUp={onPointerUp(r)}
              >
                {rank + 1}
              </button>
            );
          })}
        </div>
        <span className="plan-axis plan-axis-x">{t('plan.effort')} →</span>
      </div>
      {unplaced.length > 0 && <p className="plan-tray-label small muted">{t('plan.unplaced')}</p>}
      <div className="plan-tray" style={{ height: Math.ceil(unplaced.length / 8) * 30 }} />
    </div>
  );
}
