import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronLeft, ChevronRight, Pause, Play, Timer, X, ZoomIn, ZoomOut } from 'lucide-react';
import { addTouchpointInCell } from '../canvas/addTouchpoint';
import { type Journey, LIMITS } from '../../src/model';
import { actionLabelKey, perform } from '../actions/registry';
import { ActionIconButton } from '../actions/ActionButton';
import { MAX_ZOOM, MIN_ZOOM } from '../canvas/geometry';
import { layoutJourney, type CanvasFlow } from '../canvas/layout';
import { useUi, type WorkshopControls, type WorkshopStep } from '../state/uiStore';
import { getShownJourney, useShownJourney } from '../state/shownJourney';
import { IconButton } from '../ui/IconButton';
import { leaveWorkshop, stageViewport, wholeMapViewport } from './workshop';

const ZOOM_STEP = 1.25;
const FRAMING_MS = 300;
/** How much each zoom action changes the zoom (null: back to the step's framing). */
const ZOOM_FACTORS: Record<Parameters<WorkshopControls['zoom']>[0], number | null> = {
  in: ZOOM_STEP,
  out: 1 / ZOOM_STEP,
  framed: null,
};

/** Move the canvas to a step: its stage (and lane, when the lanes do not all fit), or the whole map. */
function frameStep(flow: CanvasFlow | null, journey: Journey, step: WorkshopStep): number | undefined {
  const box = document.querySelector('.canvas-wrap')?.getBoundingClientRect();
  if (!flow || !box) return undefined;
  const layout = layoutJourney(journey, useUi.getState().mode);
  const stage = journey.stages[step.stageIndex];
  const viewport = stage
    ? stageViewport(layout, stage.id, step.laneIndex, box, step.zoom)
    : wholeMapViewport(layout, box);
  if (viewport) void flow.setViewport(viewport, { duration: FRAMING_MS });
  return viewport?.zoom;
}

function useStageTimer() {
  const [minutes, setMinutes] = useState(5);
  const [left, setLeft] = useState<number | null>(null);
  const [running, setRunning] = useState(false);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setLeft((s) => (s === null || s <= 0 ? 0 : s - 1)), 1000);
    return () => clearInterval(timer);
  }, [running]);
  const reset = () => {
    setLeft(null);
    setRunning(false);
  };
  const toggle = () => {
    setLeft((s) => s ?? minutes * 60);
    setRunning((r) => !r);
  };
  return { minutes, setMinutes, left, running, toggle, reset };
}

/**
 * Workshop mode: the map full screen, one stage at a time (←/→, Page Up/Down, a clicker), others
 * dimmed, then the whole map; ↑/↓ or the persona picker move between lanes; type a line and Enter to
 * add a touchpoint; 1–7 or −/+ set how the persona feels; the zoom keys zoom. Escape leaves. The keys
 * are the registry's (renderer/actions): this bar lends it what they do, for as long as it is on screen.
 */
export function WorkshopBar({ flow }: { flow: CanvasFlow | null }) {
  const { t } = useTranslation();
  const journey = useShownJourney();
  const mode = useUi((s) => s.mode);
  const workshop = useUi((s) => s.workshop)!;
  const [text, setText] = useState('');
  const timer = useStageTimer();
  const stage = journey.stages[workshop.stageIndex];
  const steps = journey.stages.length + 1; // every stage, then the whole map
  const personaId = workshop.personaId ?? journey.personas[0]?.id ?? null;
  const lanes = useMemo(() => layoutJourney(journey, mode).lanes, [journey, mode]);
  // The zoom the step is framed at, and when its pan ends (mid-pan the zoom on screen dips: the view flies
  // out and back in). A different zoom on screen after that is the facilitator's: a pinch, the wheel, the menu.
  const framed = useRef<{ zoom: number; until: number } | undefined>(undefined);

  const update = (patch: Partial<WorkshopStep>) => useUi.getState().setWorkshop({ ...workshop, ...patch });
  const chosenZoom = () => {
    const onScreen = flow?.getZoom();
    const step = framed.current;
    const byHand =
      stage !== undefined &&
      step !== undefined &&
      onScreen !== undefined &&
      performance.now() > step.until &&
      Math.abs(onScreen / step.zoom - 1) > 0.02;
    return byHand ? onScreen : workshop.zoom;
  };
  const go = (delta: number) => {
    const stageIndex = Math.max(0, Math.min(steps - 1, workshop.stageIndex + delta));
    update({ stageIndex, zoom: chosenZoom() });
    timer.reset();
  };
  const toLane = (laneIndex: number) => {
    const lane = lanes[laneIndex];
    if (!lane) return;
    update({
      laneIndex,
      zoom: chosenZoom(),
      ...(lane.lane.kind === 'persona' && { personaId: lane.lane.id }),
    });
  };
  const zoomBy = (factor: number | null) => {
    if (!flow) return;
    const base = (stage && (chosenZoom() ?? framed.current?.zoom)) || flow.getZoom();
    const zoom = factor === null ? null : Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, base * factor));
    // The whole map stays whole when stepping back to it; only its on-screen zoom changes.
    if (stage) update({ zoom });
    else if (zoom !== null) void flow.zoomTo(zoom, { duration: 150 });
  };

  const stageId = stage?.id;
  const { laneIndex, zoom } = workshop;
  useEffect(() => {
    // Read the journey at the moment of the step: adding a card must not move the view.
    const current = getShownJourney();
    if (!current) return;
    const framedAt = frameStep(flow, current, { ...useUi.getState().workshop!, laneIndex, zoom });
    framed.current =
      framedAt === undefined ? undefined : { zoom: framedAt, until: performance.now() + FRAMING_MS + 200 };
  }, [flow, stageId, laneIndex, zoom]);

  // In full screen the browser keeps Escape for itself (it leaves full screen): leave with it.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) leaveWorkshop(flow);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [flow]);

  const latest = useRef({ go, toLane, zoomBy });
  useEffect(() => {
    latest.current = { go, toLane, zoomBy };
  });
  useEffect(() => {
    useUi.getState().setWorkshopControls({
      step: (delta) => latest.current.go(delta),
      lane: (delta) => latest.current.toLane(useUi.getState().workshop!.laneIndex + delta),
      zoom: (change) => latest.current.zoomBy(ZOOM_FACTORS[change]),
      leave: () => leaveWorkshop(flow),
    });
    return () => useUi.getState().setWorkshopControls(null);
  }, [flow]);

  const capture = () => {
    const persona = journey.personas.find((p) => p.id === personaId);
    if (!text.trim() || !stage || !persona) return;
    addTouchpointInCell({ kind: 'persona', id: persona.id, persona }, stage.id, 0, { title: text.trim() });
    setText('');
  };
  const mmss = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  return (
    // Its fields give their keys to the workshop's actions, but for the capture field while it has text.
    <div className="workshop-bar" role="toolbar" aria-label={t('workshop.title')} data-keys="actions">
      <IconButton
        label={t(actionLabelKey('workshopPrevious'))}
        disabled={workshop.stageIndex === 0}
        onClick={() => perform('workshopPrevious')}
      >
        <ChevronLeft size={20} />
      </IconButton>
      <h1 className="workshop-stage" aria-live="polite">
        {stage
          ? t('workshop.stage', {
              index: workshop.stageIndex + 1,
              count: journey.stages.length,
              name: stage.name,
            })
          : t('workshop.wholeMap')}
      </h1>
      <IconButton
        label={t(actionLabelKey('workshopNext'))}
        disabled={workshop.stageIndex >= steps - 1}
        onClick={() => perform('workshopNext')}
      >
        <ChevronRight size={20} />
      </IconButton>
      <select
        className="input workshop-persona"
        aria-label={t('workshop.persona')}
        value={personaId ?? ''}
        onChange={(e) => {
          const laneIndex = lanes.findIndex((l) => l.lane.id === e.target.value);
          update({
            personaId: e.target.value,
            ...(laneIndex >= 0 && { laneIndex, zoom: chosenZoom() }),
          });
        }}
      >
        {journey.personas.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <input
        data-keys={text === '' ? 'actions' : 'own'}
        className="input workshop-capture"
        aria-label={t('workshop.capture')}
        placeholder={t('workshop.capturePlaceholder')}
        value={text}
        maxLength={LIMITS.shortText}
        disabled={!stage}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') capture();
        }}
      />
      <ActionIconButton action="zoomOut">
        <ZoomOut size={18} />
      </ActionIconButton>
      <ActionIconButton action="zoomIn">
        <ZoomIn size={18} />
      </ActionIconButton>
      <span className="workshop-timer">
        <Timer size={18} aria-hidden="true" />
        <label className="sr-only" htmlFor="stage-minutes">
          {t('workshop.minutes')}
        </label>
        {timer.left === null ? (
          <input
            id="stage-minutes"
            type="number"
            min={1}
            max={120}
            className="input"
            value={timer.minutes}
            onChange={(e) => timer.setMinutes(Math.max(1, Number(e.target.value) || 1))}
          />
        ) : (
          <output className={timer.left === 0 ? 'time-up' : ''} aria-label={t('workshop.timeLeft')}>
            {mmss(timer.left)}
          </output>
        )}
        <IconButton label={timer.running ? t('workshop.pause') : t('workshop.start')} onClick={timer.toggle}>
          {timer.running ? <Pause size={18} /> : <Play size={18} />}
        </IconButton>
      </span>
      <button type="button" className="btn" onClick={() => perform('leaveWorkshop')}>
        <X size={18} /> {t('workshop.leave')}
      </button>
    </div>
  );
}
