import { computeInsights } from '../analytics';
import { writeTrayecto } from '../formats';
import type { Journey } from '../model';
import type { ExportFonts } from '../drawing/fonts';
import { journeyCharts } from '../drawing/insightsChart';
import { drawingToSvg, escapeXml } from '../drawing/svg';
import { journeySvg, type MapImageOptions } from './mapImage';
import { filterControls, FILTER_SCRIPT, FILTER_STYLE } from './webPageFilters';
import { EXPORT_WORDS } from './words';

/** The page's map script: pan (drag), zoom (wheel, buttons), fit, the scenario switch, a note's text on click. */
const SCRIPT = `(() => {
  const view = document.getElementById('view');
  const select = document.getElementById('scenario');
  let x = 0, y = 0, zoom = 1, drag = null;
  const shown = () => document.querySelector('.scenario:not([hidden])');
  const apply = () => { shown().style.transform = 'translate(' + x + 'px,' + y + 'px) scale(' + zoom + ')'; };
  const fit = () => {
    const svg = shown().querySelector('svg');
    zoom = Math.min(1, view.clientWidth / svg.width.baseVal.value, view.clientHeight / svg.height.baseVal.value);
    x = 0; y = 0; apply();
  };
  const zoomBy = (factor, cx, cy) => {
    const next = Math.min(4, Math.max(0.05, zoom * factor));
    x = cx - ((cx - x) * next) / zoom; y = cy - ((cy - y) * next) / zoom; zoom = next; apply();
  };
  view.addEventListener('wheel', (e) => { e.preventDefault(); const r = view.getBoundingClientRect(); zoomBy(e.deltaY < 0 ? 1.1 : 1 / 1.1, e.clientX - r.left, e.clientY - r.top); }, { passive: false });
  const note = document.getElementById('note');
  view.addEventListener('pointerdown', (e) => { drag = { px: e.clientX - x, py: e.clientY - y, sx: e.clientX, sy: e.clientY, on: e.target }; view.setPointerCapture(e.pointerId); });
  view.addEventListener('pointermove', (e) => { if (drag) { x = e.clientX - drag.px; y = e.clientY - drag.py; apply(); } });
  view.addEventListener('pointerup', (e) => {
    // A click (not a drag) on a note's marker shows its text; anywhere else hides it.
    const number = drag.on.closest && drag.on.closest('text');
    const marker = number ? number.previousElementSibling : drag.on;
    const title = Math.hypot(e.clientX - drag.sx, e.clientY - drag.sy) < 4 && marker && marker.querySelector(':scope > title');
    note.hidden = !title;
    if (title) { const r = view.getBoundingClientRect(); note.textContent = title.textContent; note.style.left = e.clientX - r.left + 12 + 'px'; note.style.top = e.clientY - r.top + 12 + 'px'; }
    drag = null;
  });
  document.getElementById('zoom-in').addEventListener('click', () => zoomBy(1.25, view.clientWidth / 2, view.clientHeight / 2));
  document.getElementById('zoom-out').addEventListener('click', () => zoomBy(0.8, view.clientWidth / 2, view.clientHeight / 2));
  document.getElementById('fit').addEventListener('click', fit);
  select.addEventListener('change', () => {
    for (const part of document.querySelectorAll('[data-scenario]')) part.hidden = part.dataset.scenario !== select.value;
    fit();
  });
  fit();
})();`;

const STYLE = `body{margin:0;font-family:Inter,'Helvetica Neue',Arial,sans-serif;color:#111827;background:#f6f7f9}
header{display:flex;flex-wrap:wrap;gap:12px;align-items:center;padding:12px 20px;background:#fff;border-bottom:1px solid #d9dee6}
h1{font-size:20px;margin:0 12px 0 0}h2{font-size:16px}button,select{font:inherit;padding:4px 10px}
#note{position:absolute;z-index:1;max-width:320px;padding:8px 10px;background:#111827;color:#fff;border-radius:6px;font-size:14px}
#view{position:relative;overflow:hidden;height:72vh;background:#fff;cursor:grab;touch-action:none}
.scenario{transform-origin:0 0;position:absolute}section{padding:8px 20px 24px}
table{border-collapse:collapse}td,th{border:1px solid #d9dee6;padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}`;

const html = (text: string) => escapeXml(text);

async function sha256Base64(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...digest));
}

/**
 * The map as one web page to send to someone without Trayecto: the vector map of each scenario with pan and
 * zoom, a scenario switch, filters, notes on hover and click (and in the key below the map), the Insights figures, and the
 * `.trayecto` document inside. No network: a Content-Security-Policy allows only the page's own script.
 */
export async function journeyHtml(
  journey: Journey,
  fonts: ExportFonts,
  options: Pick<MapImageOptions, 'mode' | 'language'>,
): Promise<string> {
  const language = options.language ?? journey.language;
  const words = EXPORT_WORDS[language];
  const c = words.columns;
  const parts = journey.scenarios.map((scenario, i) => {
    const svg = journeySvg(journey, fonts, { ...options, scenarioId: scenario.id });
    const insights = computeInsights(journey, scenario.id);
    const row = (name: string, values: (number | null)[]) =>
      `<tr><th scope="row">${html(name)}</th>${values.map((v) => `<td>${v === null ? '—' : v.toFixed(1)}</td>`).join('')}</tr>`;
    const table =
      `<table><caption>${html(words.averageEmotion)}</caption><tr><th>${html(c.persona)}</th>${journey.stages.map((s) => `<th scope="col">${html(s.name)}</th>`).join('')}</tr>` +
      insights.emotionByStage
        .map((p) =>
          row(
            p.persona,
            p.stages.map((s) => s.average),
          ),
        )
        .join('') +
      row(
        words.allPersonas,
        insights.overallByStage.map((s) => s.average),
      ) +
      `</table>`;
    const lowest = insights.lowestMoments
      .map((m) => `<li>${m.emotion} ${html(m.title)} (${html(m.persona)}, ${html(m.stage)})</li>`)
      .join('');
    const hidden = i === 0 ? '' : ' hidden';
    const chart = drawingToSvg(journeyCharts(journey, insights, words, 900, fonts), fonts, {
      text: 'text',
      title: words.insights,
      lang: language,
    });
    return {
      option: `<option value="${html(scenario.id)}">${html(scenario.name)}</option>`,
      map: `<div class="scenario" data-scenario="${html(scenario.id)}"${hidden}>${svg}</div>`,
      insights: `<div data-scenario="${html(scenario.id)}"${hidden}>${chart}${table}<h2>${html(words.lowestMoments)}</h2><ol>${lowest}</ol></div>`,
    };
  });
  // The document, as in a PNG export: whoever has Trayecto gets the editable map back.
  const documentJson = writeTrayecto(journey).replace(/</g, '\\u003c');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; script-src 'sha256-${await sha256Base64(SCRIPT)}' 'sha256-${await sha256Base64(FILTER_SCRIPT)}'`;
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(journey.title)}</title><style>${STYLE}${FILTER_STYLE}</style></head>
<body><header><h1>${html(journey.title)}</h1>
<label>${html(words.scenario)} <select id="scenario">${parts.map((p) => p.option).join('')}</select></label>
<button id="zoom-out" type="button" aria-label="${html(words.zoomOut)}">−</button><button id="zoom-in" type="button" aria-label="${html(words.zoomIn)}">+</button><button id="fit" type="button">${html(words.fit)}</button>${filterControls(journey, words)}</header>
<main id="view" aria-label="${html(words.map)}">${parts.map((p) => p.map).join('')}<div id="note" role="status" hidden></div></main>
<section aria-label="${html(words.insights)}"><h2>${html(words.insights)}</h2>${parts.map((p) => p.insights).join('')}</section>
<script type="application/json" id="trayecto-document">${documentJson}</script>
<script>${SCRIPT}</script><script>${FILTER_SCRIPT}</script></body></html>
`;
}
