import type { BlueprintLayer, Channel, Persona, Stage, Touchpoint } from '../model';

/*
 * The grid's shapes, shared by the customer's lanes (mapGrid.ts) and the blueprint's (blueprintGrid.ts).
 */

/** A blueprint layer's row below the customer's lanes, or the band of loops above them. */
export type BlueprintLane =
  { kind: 'layer'; id: string; layer: BlueprintLayer } | { kind: 'loops'; id: string };

/** A row of the map: a persona (persona view) or a channel, or "no channel" (channel view). */
export type Lane =
  | { kind: 'persona'; id: string; persona: Persona }
  | { kind: 'channel'; id: string; channel: Channel | null }
  | BlueprintLane;
/** A lane of the customer's side: a persona or a channel. */
export type CustomerLane = Exclude<Lane, BlueprintLane>;
export interface Column {
  stage: Stage;
  index: number;
  x: number;
  width: number;
}

export interface LanePlacement {
  lane: Lane;
  index: number;
  y: number;
  height: number;
}

/** A card in a (lane, column) cell: where it is and how big. */
export interface CellBox {
  lane: LanePlacement;
  column: Column;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A touchpoint's card in a lane. */
export interface CardPlacement extends CellBox {
  touchpoint: Touchpoint;
}
