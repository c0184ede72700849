import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronLeft, ChevronRight, Pause, Play, Timer, X } from 'lucide-react';
import { setEmotion } from '../../src/commands';
import { addTouchpointInCell } from '../canvas/addTouchpoint';
import type { Journey } from '../../src/model';
import { layoutJourney } from '../canvas/layout';
import { useEditor } from '../state/editorStore';
import { useUi } from '../state/uiStore';
import { getShownJourney, useShownJourney } from '../state/shownJourney';
import { leavePresentation, stageViewport } from './presentation';
import { canvasFlow } from './useActionShortcuts';

const EMOTION_KEYS: Record<string, number> = { '1': -3, '2': -2, '3': -1, '4': 0, '5': 1, '6': 2, '7': 3 };

/** Zoom the canvas so one stage's column (header and every lane) fills the screen. */
function focusStage(journey: Journey, stageId: string): void {
  const flow = canvasFlow.current;
  const box = document.querySelector('.canvas-wrap')?.getBoundingClientRect();
  const viewport = box && stageViewport(layoutJourney(journey, useUi.getState().mode), stageId, box);
  if (flow && viewport) void flow.setViewport(viewport, { duration: 300 });
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
 * dimmed; type a line and Enter to add a touchpoint; 1–7 or −/+ set how the persona feels. Escape leaves.
 */
export function PresenterBar() {
  const { t } = useTranslation();
  const journey = useShownJourney();
  const presentation = useUi((s) => s.presentation)!;
  const [text, setText] = useState('');
  const timer = useStageTimer();
  const input = useRef<HTMLInputElement>(null);
  const stage = journey.stages[presentation.stageIndex];
  const personaId = presentation.personaId ?? journey.personas[0]?.id ?? null;

  const go = (delta: number) => {
    const stageIndex = Math.max(0, Math.min(journey.stages.length - 1, presentation.stageIndex + delta));
    useUi.getState().setPresentation({ ...presentation, stageIndex });
    timer.reset();
  };
  const stageId = stage?.id;
  useEffect(() => {
    // Read the journey at the moment of the step: adding a card must not move the view.
    const current = getShownJourney();
    if (stageId && current) focusStage(current, stageId);
  }, [stageId]);

  // In full screen the browser keeps Escape for itself (it leaves full screen): leave with it.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) leavePresentation();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target === input.current && text !== '';
      if (e.key === 'Escape') return leavePresentation();
      if (typing) return;
      if (['ArrowRight', 'PageDown'].includes(e.key)) go(1);
      else if (['ArrowLeft', 'PageUp'].includes(e.key)) go(-1);
      else if (e.key in EMOTION_KEYS || e.key === '+' || e.key === '-') {
        const selection = useEditor.getState().selection;
        if (selection.kind !== 'touchpoints') return;
        for (const id of selection.ids) {
          const current = journey.touchpoints.find((x) => x.id === id)?.emotion ?? 0;
          const score = EMOTION_KEYS[e.key] ?? current + (e.key === '+' ? 1 : -1);
          useEditor.getState().dispatch(setEmotion([id], score));
        }
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const capture = () => {
    const persona = journey.personas.find((p) => p.id === personaId);
    if (!text.trim() || !stage || !persona) return;
    addTouchpointInCell({ kind: 'persona', id: persona.id, persona }, stage.id, 0, { title: text.trim() });
    setText('');
  };
  const mmss = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

  return (
    <div className="presenter" role="toolbar" aria-label={t('workshop.title')}>
      <button
        type="button"
        className="btn btn-icon"
        aria-label={t('workshop.previous')}
        disabled={presentation.stageIndex === 0}
        onClick={() => go(-1)}
      >
        <ChevronLeft size={20} />
      </button>
      <h2 className="presenter-stage" aria-live="polite">
        {t('workshop.stage', {
          index: presentation.stageIndex + 1,
          count: journey.stages.length,
          name: stage?.name ?? '',
        })}
      </h2>
      <button
        type="button"
        className="btn btn-icon"
        aria-label={t('workshop.next')}
        disabled={presentation.stageIndex >= journey.stages.length - 1}
        onClick={() => go(1)}
      >
        <ChevronRight size={20} />
      </button>
      <select
        className="input presenter-persona"
        aria-label={t('workshop.persona')}
        value={personaId ?? ''}
        onChange={(e) => useUi.getState().setPresentation({ ...presentation, personaId: e.target.value })}
      >
        {journey.personas.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <input
        ref={input}
        className="input presenter-capture"
        aria-label={t('workshop.capture')}
        placeholder={t('workshop.capturePlaceholder')}
        value={text}
        maxLength={300}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') capture();
        }}
      />
      <span className="presenter-timer">
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
        <button
          type="button"
          className="btn btn-icon"
          aria-label={timer.running ? t('workshop.pause') : t('workshop.start')}
          onClick={timer.toggle}
        >
          {timer.running ? <Pause size={18} /> : <Play size={18} />}
        </button>
      </span>
      <button type="button" className="btn" onClick={leavePresentation}>
        <X size={18} /> {t('workshop.leave')}
      </button>
    </div>
  );
}
