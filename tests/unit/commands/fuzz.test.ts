import { describe, expect, it } from 'vitest';
import {
  addAnnotation,
  addPersona,
  addScenario,
  addStage,
  addTouchpoint,
  deleteAxisItem,
  deleteTouchpoints,
  duplicateTouchpoints,
  emptyHistory,
  moveStage,
  moveTouchpoints,
  redo,
  setEmotion,
  undo,
  updateTouchpoint,
  type Command,
} from '../../../src/commands';
import { blankPersona, checkInvariants, journeySchema, type Journey } from '../../../src/model';
import { prng } from '../../bench/generate';
import { edit } from '../helpers/edit';
import { smallJourney } from '../helpers/smallJourney';

function randomCommand(journey: Journey, random: () => number, makeId: () => string): Command | undefined {
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const stage = pick(journey.stages);
  const persona = pick(journey.personas);
  const scenario = pick(journey.scenarios)!;
  const touchpoint = pick(journey.touchpoints);
  switch (Math.floor(random() * 13)) {
    case 11:
      return journey.scenarios.length < 4
        ? addScenario(
            { id: makeId(), name: 'S', description: '' },
            random() < 0.8 ? scenario.id : null,
            makeId,
          )
        : undefined;
    case 12:
      return journey.scenarios.length > 1 ? deleteAxisItem('scenarios', scenario.id) : undefined;
    case 0:
      return addStage(
        { id: makeId(), name: 'S', description: '', color: '#123456', suggestions: [] },
        Math.floor(random() * 5),
      );
    case 1:
      return addPersona(blankPersona(makeId(), 'P', '#123456', ''));
    case 2:
    case 3:
      return stage && persona
        ? addTouchpoint(
            {
              id: makeId(),
              scenarioId: scenario.id,
              personaId: persona.id,
              stageId: stage.id,
              title: 'T',
              emotion: Math.floor(random() * 7) - 3,
            },
            Math.floor(random() * 4),
          )
        : undefined;
    case 4:
      return touchpoint && stage && persona
        ? moveTouchpoints(
            [
              ...new Set([
                touchpoint.id,
                pick(journey.touchpoints.filter((t) => t.scenarioId === touchpoint.scenarioId))!.id,
              ]),
            ],
            persona.id,
            stage.id,
            Math.floor(random() * 4),
          )
        : undefined;
    case 5:
      return touchpoint ? setEmotion([touchpoint.id], Math.floor(random() * 7) - 3) : undefined;
    case 6:
      return touchpoint ? deleteTouchpoints([touchpoint.id]) : undefined;
    case 7:
      return random() < 0.3 && stage
        ? deleteAxisItem('stages', stage.id)
        : persona && random() < 0.3
          ? deleteAxisItem('personas', persona.id)
          : undefined;
    case 8:
      return touchpoint ? duplicateTouchpoints([touchpoint.id], makeId) : undefined;
    case 9:
      return stage ? moveStage(stage.id, Math.floor(random() * journey.stages.length)) : undefined;
    default:
      return touchpoint
        ? random() < 0.5
          ? updateTouchpoint(touchpoint.id, { title: `T${Math.floor(random() * 100)}` })
          : addAnnotation({
              id: makeId(),
              targetType: 'touchpoint',
              targetId: touchpoint.id,
              kind: 'pain-point',
              text: 'ouch',
            })
        : undefined;
  }
}

describe('random edits with undo/redo interleaved keep every invariant', () => {
  it.each([1, 2, 3])('seed %i: 1500 steps', (seed) => {
    const random = prng(seed);
    let n = 0;
    const makeId = () => `f${seed}-${++n}`;
    let journey = smallJourney();
    let history = emptyHistory();
    const seen: Journey[] = [journey];
    for (let step = 0; step < 1500; step++) {
      const roll = random();
      if (roll < 0.15) {
        const undone = undo(history, journey);
        if (undone) ({ journey, history } = undone);
      } else if (roll < 0.25) {
        const redone = redo(history, journey);
        if (redone) ({ journey, history } = redone);
      } else {
        const command = randomCommand(journey, random, makeId);
        if (!command) continue;
        ({ journey, history } = edit({ journey, history }, command, step * 2000, {
          now: new Date(Date.UTC(2026, 0, 1, 0, 0, step)).toISOString(),
        }));
      }
      const violations = checkInvariants(journey);
      if (violations.length) throw new Error(`step ${step}: ${JSON.stringify(violations)}`);
      seen.push(journey);
    }
    expect(() => journeySchema.parse(journey)).not.toThrow();
    // Undoing everything recorded leads back to a state the run went through.
    while (history.past.length) ({ journey, history } = undo(history, journey)!);
    expect(seen).toContainEqual(journey);
  });
});
