import type { AnnotationKind, AnnotationStatus, Language, Priority, Valence } from '../model';
import { BLUEPRINT_WORDS, type BlueprintWords } from './blueprintWords';

/** The words a deliverable prints, in the map's language: a file for a client speaks the map's language. */
export interface ExportWords {
  /** The language the words are in, for numbers written its way. */
  language: Language;
  emotion: Record<'-3' | '-2' | '-1' | '0' | '1' | '2' | '3', string>;
  noteKind: Record<AnnotationKind, string>;
  priority: Record<Priority, string>;
  status: Record<AnnotationStatus, string>;
  notes: string;
  generalNotes: string;
  momentOfTruth: string;
  noChannel: string;
  blueprint: BlueprintWords;
  untitled: string;
  continues: string;
  continued: string;
  scenario: string;
  situation: string;
  author: string;
  date: string;
  map: string;
  personas: string;
  role: string;
  goals: string;
  needs: string;
  frustrations: string;
  quote: string;
  notesByStage: string;
  target: string;
  replies: string;
  insights: string;
  wholeJourney: string;
  averageEmotion: string;
  allPersonas: string;
  lowestMoments: string;
  openPainPoints: string;
  notesCount: string;
  page: string;
  /** Workbook sheets and their columns. */
  sheets: Record<'touchpoints' | 'notes' | 'personas' | 'stages' | 'insights', string>;
  columns: Record<
    | 'scenario'
    | 'stage'
    | 'persona'
    | 'order'
    | 'title'
    | 'description'
    | 'channels'
    | 'emotion'
    | 'score'
    | 'doing'
    | 'thinking'
    | 'feeling'
    | 'momentOfTruth'
    | 'number'
    | 'kind'
    | 'text'
    | 'target'
    | 'priority'
    | 'status'
    | 'author'
    | 'created'
    | 'replies'
    | 'name'
    | 'role'
    | 'summary'
    | 'goals'
    | 'needs'
    | 'frustrations'
    | 'quote'
    | 'average'
    | 'touchpoints'
    | 'openPainPoints',
    string
  >;
  yes: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  /** The web page's filters. `shown`: {shown} and {total} cards. */
  filters: Record<
    'title' | 'stages' | 'channels' | 'emotion' | 'openPainPoints' | 'clear' | 'shown',
    string
  > & {
    valence: Record<Valence, string>;
  };
}

export const EXPORT_WORDS: Record<Language, ExportWords> = {
  en: {
    language: 'en',
    emotion: {
      '-3': 'Very negative',
      '-2': 'Negative',
      '-1': 'Slightly negative',
      '0': 'Neutral',
      '1': 'Slightly positive',
      '2': 'Positive',
      '3': 'Very positive',
    },
    noteKind: {
      'pain-point': 'Pain point',
      opportunity: 'Opportunity',
      idea: 'Idea',
      question: 'Question',
      comment: 'Comment',
    },
    priority: { low: 'Low priority', medium: 'Medium priority', high: 'High priority' },
    status: { open: 'Open', resolved: 'Resolved' },
    notes: 'Notes',
    generalNotes: 'Whole map and personas',
    momentOfTruth: 'Moment of truth',
    noChannel: 'No channel',
    blueprint: BLUEPRINT_WORDS.en,
    untitled: 'Untitled',
    continues: 'continues »',
    continued: '« continued',
    scenario: 'Scenario',
    situation: 'Situation',
    author: 'Author',
    date: 'Date',
    map: 'Map',
    personas: 'Personas',
    role: 'Role',
    goals: 'Goals',
    needs: 'Needs',
    frustrations: 'Frustrations',
    quote: 'Quote',
    notesByStage: 'Pain points, opportunities and other notes by stage',
    target: 'On',
    replies: 'Replies',
    insights: 'Insights',
    wholeJourney: 'Whole journey',
    averageEmotion: 'Average emotion per stage (−3 to +3)',
    allPersonas: 'All personas',
    lowestMoments: 'Lowest moments',
    openPainPoints: 'Open pain points by stage',
    notesCount: 'Notes: {open} open, {resolved} resolved',
    page: 'Page',
    sheets: {
      touchpoints: 'Touchpoints',
      notes: 'Notes',
      personas: 'Personas',
      stages: 'Stages',
      insights: 'Insights',
    },
    columns: {
      scenario: 'Scenario',
      stage: 'Stage',
      persona: 'Persona',
      order: 'Order',
      title: 'Title',
      description: 'Description',
      channels: 'Channels',
      emotion: 'Emotion',
      score: 'Score',
      doing: 'Doing',
      thinking: 'Thinking',
      feeling: 'Feeling',
      momentOfTruth: 'Moment of truth',
      number: 'Number',
      kind: 'Kind',
      text: 'Text',
      target: 'On',
      priority: 'Priority',
      status: 'Status',
      author: 'Author',
      created: 'Created',
      replies: 'Replies',
      name: 'Name',
      role: 'Role',
      summary: 'Summary',
      goals: 'Goals',
      needs: 'Needs',
      frustrations: 'Frustrations',
      quote: 'Quote',
      average: 'Average emotion',
      touchpoints: 'Touchpoints',
      openPainPoints: 'Open pain points',
    },
    yes: 'Yes',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit to view',
    filters: {
      title: 'Filters',
      stages: 'Stages',
      channels: 'Channels',
      emotion: 'Emotion',
      openPainPoints: 'Only cards with open pain points',
      clear: 'Clear filters',
      shown: '{shown} of {total} cards shown',
      valence: { negative: 'Negative', neutral: 'Neutral', positive: 'Positive' },
    },
  },
  es: {
    language: 'es',
    emotion: {
      '-3': 'Muy negativa',
      '-2': 'Negativa',
      '-1': 'Algo negativa',
      '0': 'Neutral',
      '1': 'Algo positiva',
      '2': 'Positiva',
      '3': 'Muy positiva',
    },
    noteKind: {
      'pain-point': 'Punto de dolor',
      opportunity: 'Oportunidad',
      idea: 'Idea',
      question: 'Pregunta',
      comment: 'Comentario',
    },
    priority: { low: 'Prioridad baja', medium: 'Prioridad media', high: 'Prioridad alta' },
    status: { open: 'Abierta', resolved: 'Resuelta' },
    notes: 'Notas',
    generalNotes: 'Todo el mapa y personas',
    momentOfTruth: 'Momento de la verdad',
    noChannel: 'Sin canal',
    blueprint: BLUEPRINT_WORDS.es,
    untitled: 'Sin título',
    continues: 'continúa »',
    continued: '« continuación',
    scenario: 'Escenario',
    situation: 'Situación',
    author: 'Autor',
    date: 'Fecha',
    map: 'Mapa',
    personas: 'Personas',
    role: 'Rol',
    goals: 'Objetivos',
    needs: 'Necesidades',
    frustrations: 'Frustraciones',
    quote: 'Cita',
    notesByStage: 'Puntos de dolor, oportunidades y otras notas por etapa',
    target: 'En',
    replies: 'Respuestas',
    insights: 'Análisis',
    wholeJourney: 'Todo el recorrido',
    averageEmotion: 'Emoción media por etapa (−3 a +3)',
    allPersonas: 'Todas las personas',
    lowestMoments: 'Momentos más bajos',
    openPainPoints: 'Puntos de dolor abiertos por etapa',
    notesCount: 'Notas: {open} abiertas, {resolved} resueltas',
    page: 'Página',
    sheets: {
      touchpoints: 'Puntos de contacto',
      notes: 'Notas',
      personas: 'Personas',
      stages: 'Etapas',
      insights: 'Análisis',
    },
    columns: {
      scenario: 'Escenario',
      stage: 'Etapa',
      persona: 'Persona',
      order: 'Orden',
      title: 'Título',
      description: 'Descripción',
      channels: 'Canales',
      emotion: 'Emoción',
      score: 'Puntuación',
      doing: 'Hace',
      thinking: 'Piensa',
      feeling: 'Siente',
      momentOfTruth: 'Momento de la verdad',
      number: 'Número',
      kind: 'Tipo',
      text: 'Texto',
      target: 'En',
      priority: 'Prioridad',
      status: 'Estado',
      author: 'Autor',
      created: 'Creada',
      replies: 'Respuestas',
      name: 'Nombre',
      role: 'Rol',
      summary: 'Resumen',
      goals: 'Objetivos',
      needs: 'Necesidades',
      frustrations: 'Frustraciones',
      quote: 'Cita',
      average: 'Emoción media',
      touchpoints: 'Puntos de contacto',
      openPainPoints: 'Puntos de dolor abiertos',
    },
    yes: 'Sí',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    fit: 'Ajustar a la vista',
    filters: {
      title: 'Filtros',
      stages: 'Etapas',
      channels: 'Canales',
      emotion: 'Emoción',
      openPainPoints: 'Solo tarjetas con puntos de dolor abiertos',
      clear: 'Quitar filtros',
      shown: '{shown} de {total} tarjetas a la vista',
      valence: { negative: 'Negativa', neutral: 'Neutral', positive: 'Positiva' },
    },
  },
};
