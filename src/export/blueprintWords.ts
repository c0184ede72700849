import type { BlueprintLayerKind, Language } from '../model';
import type { Quadrant } from '../analytics/plan';
import type { PlanStatus } from '../model';

/** What deliverables print about the blueprint, the loops and the action plan. */
export interface BlueprintWords {
  language: Language;
  loops: string;
  interaction: string;
  visibility: string;
  noOwner: string;
  layerKind: Record<BlueprintLayerKind, string>;
  plan: string;
  quadrant: Record<Quadrant, string>;
  status: Record<PlanStatus, string>;
  columns: {
    rank: string;
    opportunity: string;
    target: string;
    impact: string;
    effort: string;
    quadrant: string;
    owner: string;
    due: string;
    status: string;
    painPoints: string;
  };
  noPlan: string;
}

export const BLUEPRINT_WORDS: Record<Language, BlueprintWords> = {
  en: {
    language: 'en',
    loops: 'Loops',
    interaction: 'Line of interaction',
    visibility: 'Line of visibility',
    noOwner: 'No owner',
    layerKind: { frontstage: 'Frontstage', backstage: 'Backstage', support: 'Support processes' },
    plan: 'Action plan',
    quadrant: {
      'quick-win': 'Quick win',
      'big-bet': 'Big bet',
      'fill-in': 'Fill-in',
      'money-pit': 'Money pit',
    },
    status: { idea: 'Idea', planned: 'Planned', 'in-progress': 'In progress', done: 'Done' },
    columns: {
      rank: 'rank',
      opportunity: 'opportunity',
      target: 'target',
      impact: 'impact',
      effort: 'effort',
      quadrant: 'quadrant',
      owner: 'owner',
      due: 'due',
      status: 'status',
      painPoints: 'open_pain_points',
    },
    noPlan: 'No opportunities yet.',
  },
  es: {
    language: 'es',
    loops: 'Bucles',
    interaction: 'Línea de interacción',
    visibility: 'Línea de visibilidad',
    noOwner: 'Sin responsable',
    layerKind: { frontstage: 'Visible', backstage: 'Interno', support: 'Procesos de soporte' },
    plan: 'Plan de acción',
    quadrant: {
      'quick-win': 'Victoria rápida',
      'big-bet': 'Gran apuesta',
      'fill-in': 'Complemento',
      'money-pit': 'Pozo sin fondo',
    },
    status: { idea: 'Idea', planned: 'Planificada', 'in-progress': 'En curso', done: 'Hecha' },
    columns: {
      rank: 'orden',
      opportunity: 'oportunidad',
      target: 'sobre',
      impact: 'impacto',
      effort: 'esfuerzo',
      quadrant: 'cuadrante',
      owner: 'responsable',
      due: 'fecha_límite',
      status: 'estado',
      painPoints: 'puntos_de_dolor_abiertos',
    },
    noPlan: 'Todavía no hay oportunidades.',
  },
};
