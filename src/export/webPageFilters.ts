import { VALENCES, type Journey } from '../model';
import { escapeXml } from '../drawing/svg';
import type { ExportWords } from './words';

/**
 * The web page's filters, as the app's (persona, stage, channel, emotion, open pain points): a card is
 * shown when it matches every group that has a box ticked. Cards carry what they are about as `data-*`
 * (src/drawing/mapDrawing.ts); the script hides the others in every scenario and says how many show. A
 * persona's curve is hidden when none of its cards shows, as the app fades it.
 */
export const FILTER_SCRIPT = `(() => {
  const form = document.getElementById('filters');
  const status = document.getElementById('filter-status');
  const ticked = (name) => [...form.querySelectorAll('input[name="' + name + '"]:checked')].map((box) => box.value);
  const apply = () => {
    const persona = ticked('persona'), stage = ticked('stage'), channel = ticked('channel'), valence = ticked('valence');
    const pain = form.elements.pain.checked;
    let shown = 0, total = 0;
    const showing = new Map();
    for (const card of document.querySelectorAll('g[data-touchpoint]')) {
      const d = card.dataset;
      const match = (!persona.length || persona.includes(d.persona)) && (!stage.length || stage.includes(d.stage)) &&
        (!channel.length || d.channels.split(' ').some((c) => channel.includes(c))) &&
        (!valence.length || valence.includes(d.valence)) && (!pain || Number(d.openPainPoints) > 0);
      card.style.display = match ? '' : 'none';
      const map = card.closest('[data-scenario]');
      if (!showing.has(map)) showing.set(map, new Set());
      if (match) showing.get(map).add(d.persona);
      if (!map.hidden) { total += 1; shown += match ? 1 : 0; }
    }
    for (const curve of document.querySelectorAll('g[data-curve-persona]')) {
      const personas = showing.get(curve.closest('[data-scenario]'));
      curve.style.display = personas && personas.has(curve.dataset.curvePersona) ? '' : 'none';
    }
    status.textContent = status.dataset.words.replace('{shown}', shown).replace('{total}', total);
  };
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  document.getElementById('scenario').addEventListener('change', apply);
  apply();
})();`;

export const FILTER_STYLE = `header{position:relative}details.filters summary{cursor:pointer;padding:4px 10px;border:1px solid #d9dee6;border-radius:4px}
#filters{position:absolute;z-index:2;top:100%;left:20px;display:flex;flex-wrap:wrap;gap:8px 16px;width:min(720px,90vw);padding:12px;background:#fff;border:1px solid #d9dee6;border-radius:6px;box-shadow:0 4px 16px #0002}
#filters fieldset{border:1px solid #d9dee6;border-radius:4px;margin:0;padding:4px 10px 8px}#filters label{display:block;white-space:nowrap}`;

const h = escapeXml;

function group(legend: string, name: string, options: { value: string; label: string }[]): string {
  if (!options.length) return '';
  const boxes = options
    .map((o) => `<label><input type="checkbox" name="${name}" value="${h(o.value)}"> ${h(o.label)}</label>`)
    .join('');
  return `<fieldset><legend>${h(legend)}</legend>${boxes}</fieldset>`;
}

/** The filter controls, in the map's language: one box per persona, stage, channel and emotion, and Clear. */
export function filterControls(journey: Journey, words: ExportWords): string {
  const w = words.filters;
  const fieldsets = [
    group(
      words.personas,
      'persona',
      journey.personas.map((p) => ({ value: p.id, label: p.name })),
    ),
    group(
      w.stages,
      'stage',
      journey.stages.map((s) => ({ value: s.id, label: s.name })),
    ),
    group(
      w.channels,
      'channel',
      journey.channels.map((c) => ({ value: c.id, label: c.name })),
    ),
    group(
      w.emotion,
      'valence',
      VALENCES.map((v) => ({ value: v, label: w.valence[v] })),
    ),
  ].join('');
  return (
    `<details class="filters"><summary>${h(w.title)}</summary><form id="filters" aria-label="${h(w.title)}">${fieldsets}` +
    `<label><input type="checkbox" name="pain"> ${h(w.openPainPoints)}</label><button type="reset">${h(w.clear)}</button></form></details>` +
    `<span id="filter-status" role="status" data-words="${h(w.shown)}"></span>`
  );
}
