import type { Draft } from 'immer';
import type { Journey, Persona, Scenario, Stage } from '../model';
import { CommandError, indexOf, insertAt, moveItem, updateItem, type Command } from './command';
import { forgetMeasuresOf } from './metrics';

/**
 * Stages (columns), personas (lanes) and scenarios (layers) are the ordered axes a touchpoint
 * sits on. They share add / update / move / delete, and deleting one takes its touchpoints and
 * notes with it.
 */
export type Axis = 'stages' | 'personas' | 'scenarios';
type AxisItem<A extends Axis> = { stages: Stage; personas: Persona; scenarios: Scenario }[A];
const touchpointKey = { stages: 'stageId', personas: 'personaId', scenarios: 'scenarioId' } as const;
const noun = { stages: 'stage', personas: 'persona', scenarios: 'scenario' } as const;

export interface DeletionImpact {
  touchpoints: number;
  annotations: number;
}

/** What deleting a stage or persona would take with it: the UI says so before asking. */
export function deletionImpact(journey: Journey, axis: Axis, id: string): DeletionImpact {
  const key = touchpointKey[axis];
  const gone = new Set(journey.touchpoints.filter((t) => t[key] === id).map((t) => t.id));
  const annotations = journey.annotations.filter(
    (a) => a.targetId === id || (a.targetType === 'touchpoint' && gone.has(a.targetId)),
  ).length;
  return { touchpoints: gone.size, annotations };
}

function list<A extends Axis>(draft: Draft<Journey>, axis: A): Draft<AxisItem<A>>[] {
  return draft[axis] as Draft<AxisItem<A>>[];
}

export function addAxisItem<A extends Axis>(
  axis: A,
  item: Omit<AxisItem<A>, 'updatedAt'>,
  index?: number,
): Command {
  return {
    type: `add-${noun[axis]}`,
    apply(draft, { now }) {
      insertAt(list(draft, axis), { ...item, updatedAt: now } as Draft<AxisItem<A>>, index);
    },
  };
}

export function updateAxisItem<A extends Axis>(
  axis: A,
  id: string,
  patch: Partial<Omit<AxisItem<A>, 'id' | 'updatedAt'>>,
): Command {
  return updateItem(noun[axis], (draft) => list(draft, axis), id, patch as Partial<Draft<AxisItem<A>>>);
}

export const moveAxisItem = (axis: Axis, id: string, toIndex: number): Command =>
  moveItem(noun[axis], (draft) => list(draft, axis), id, toIndex);

export function deleteAxisItem(axis: Axis, id: string): Command {
  return {
    type: `delete-${noun[axis]}`,
    apply(draft) {
      const items = list(draft, axis);
      const at = indexOf(items, id, noun[axis]);
      if (axis === 'scenarios' && items.length === 1)
        throw new CommandError('a journey keeps at least one scenario');
      items.splice(at, 1);
      const key = touchpointKey[axis];
      const gone = new Set(draft.touchpoints.filter((t) => t[key] === id).map((t) => t.id));
      draft.touchpoints = draft.touchpoints.filter((t) => !gone.has(t.id));
      draft.annotations = draft.annotations.filter(
        (a) => a.targetId !== id && !(a.targetType === 'touchpoint' && gone.has(a.targetId)),
      );
      forgetMeasuresOf(draft, { touchpointIds: gone, [`${noun[axis]}Id`]: id });
    },
  };
}

export const addStage = (stage: Omit<Stage, 'updatedAt'>, index?: number) =>
  addAxisItem('stages', stage, index);
export const updateStage = (id: string, patch: Partial<Omit<Stage, 'id' | 'updatedAt'>>) =>
  updateAxisItem('stages', id, patch);
export const renameStage = (id: string, name: string) => updateStage(id, { name });
export const moveStage = (id: string, toIndex: number) => moveAxisItem('stages', id, toIndex);

export const addPersona = (persona: Omit<Persona, 'updatedAt'>, index?: number) =>
  addAxisItem('personas', persona, index);
export const updatePersona = (id: string, patch: Partial<Omit<Persona, 'id' | 'updatedAt'>>) =>
  updateAxisItem('personas', id, patch);
export const renamePersona = (id: string, name: string) => updatePersona(id, { name });
export const movePersona = (id: string, toIndex: number) => moveAxisItem('personas', id, toIndex);

export const updateScenario = (id: string, patch: Partial<Omit<Scenario, 'id' | 'updatedAt'>>) =>
  updateAxisItem('scenarios', id, patch);
