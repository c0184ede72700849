import type { Annotation, AnnotationKind, Journey, Language, Priority, Touchpoint } from '../model';
import { clampEmotion, newId } from '../model';
import { presetScenario } from './scenarios';
import { createJourneyFromTemplate, type CreateOptions } from './create';
import { DEFAULT_CHANNELS } from './channels';
import type { Localized } from './stageModels';

type StageKey = 'consideration' | 'comparison' | 'purchase' | 'after-sales' | 'loyalty';
type ChannelKey = (typeof DEFAULT_CHANNELS)[number]['key'];

interface SampleTouchpoint {
  persona: 'laura' | 'carlos';
  stage: StageKey;
  channels: ChannelKey[];
  emotion: number;
  momentOfTruth?: boolean;
  title: Localized;
  description: Localized;
  doing: Localized;
  thinking: Localized;
  feeling: Localized;
}

const L = (en: string, es: string): Localized => ({ en, es });

const PERSONAS = {
  laura: {
    name: L('Laura, new parent', 'Laura, madre primeriza'),
    role: L('34, teacher, first baby on the way', '34 años, profesora, espera su primer bebé'),
    summary: L(
      'Needs a safe, roomy car before the baby arrives; careful with money and short on time.',
      'Necesita un coche seguro y amplio antes de que llegue el bebé; cuida el dinero y va justa de tiempo.',
    ),
    goals: L(
      'A safe family car within budget, delivered before the due date.',
      'Un coche familiar seguro, dentro del presupuesto y entregado antes del parto.',
    ),
    needs: L(
      'Clear prices, honest delivery dates, child-seat advice.',
      'Precios claros, plazos de entrega honestos y consejo sobre sillitas.',
    ),
    frustrations: L(
      'Pushy sales talk, hidden fees, endless paperwork.',
      'Vendedores insistentes, costes ocultos y papeleo interminable.',
    ),
    quote: L(
      '“I just want to know it will be ready when the baby comes.”',
      '«Solo quiero saber que estará listo cuando nazca el bebé.»',
    ),
    avatar: '👩',
    color: '#2563eb',
  },
  carlos: {
    name: L('Carlos, fleet manager', 'Carlos, gestor de flota'),
    role: L(
      '48, runs the cars of a small building firm',
      '48 años, gestiona los coches de una pequeña constructora',
    ),
    summary: L(
      'Replaces two vans and a family-size car for the team; compares total cost, not list price.',
      'Renueva dos furgonetas y un coche familiar para el equipo; compara el coste total, no el precio de catálogo.',
    ),
    goals: L(
      'Lowest total cost of ownership, no downtime.',
      'El menor coste total y ningún vehículo parado.',
    ),
    needs: L(
      'Fleet pricing, fast paperwork, a maintenance plan.',
      'Precio de flota, trámites rápidos y un plan de mantenimiento.',
    ),
    frustrations: L(
      'Being treated like a retail buyer; repair slots weeks away.',
      'Que le traten como a un particular; citas de taller a semanas vista.',
    ),
    quote: L(
      '“Every day a car is off the road costs me money.”',
      '«Cada día que un coche está parado me cuesta dinero.»',
    ),
    avatar: '👨‍💼',
    color: '#0d9488',
  },
};

const TOUCHPOINTS: SampleTouchpoint[] = [
  {
    persona: 'laura',
    stage: 'consideration',
    channels: ['social'],
    emotion: 1,
    title: L('Sees a family-car ad', 'Ve un anuncio de coche familiar'),
    description: L(
      'A sponsored post about safe family cars appears in her feed.',
      'Una publicación patrocinada sobre coches familiares seguros aparece en su muro.',
    ),
    doing: L('Scrolling social media in the evening', 'Mira las redes sociales por la noche'),
    thinking: L('Our small car will not fit a pram.', 'En nuestro coche pequeño no cabe el carrito.'),
    feeling: L('Curious, a little anxious', 'Curiosa, algo inquieta'),
  },
  {
    persona: 'laura',
    stage: 'consideration',
    channels: ['web'],
    emotion: 2,
    title: L('Reads the family-car guide', 'Lee la guía de coches familiares'),
    description: L(
      'A landing page with an infographic on choosing a family car.',
      'Una landing page con una infografía sobre cómo elegir coche familiar.',
    ),
    doing: L('Reading on her phone', 'Lee en el móvil'),
    thinking: L('This explains Isofix clearly.', 'Esto explica bien el Isofix.'),
    feeling: L('Reassured', 'Tranquila'),
  },
  {
    persona: 'laura',
    stage: 'comparison',
    channels: ['web'],
    emotion: 1,
    title: L('Compares models online', 'Compara modelos en la web'),
    description: L(
      'Technical sheets side by side: boot size, safety rating, price.',
      'Fichas técnicas lado a lado: maletero, seguridad y precio.',
    ),
    doing: L('Comparing three models', 'Compara tres modelos'),
    thinking: L(
      'Prices without extras are hard to compare.',
      'Sin extras, los precios son difíciles de comparar.',
    ),
    feeling: L('Interested but unsure', 'Interesada pero con dudas'),
  },
  {
    persona: 'laura',
    stage: 'comparison',
    channels: ['store'],
    emotion: 3,
    momentOfTruth: true,
    title: L('Test drive at the open day', 'Prueba en la jornada de puertas abiertas'),
    description: L(
      'Tries the car with a child seat fitted by the staff.',
      'Prueba el coche con una sillita que instala el personal.',
    ),
    doing: L('Test-driving with her partner', 'Conduce con su pareja'),
    thinking: L('This is the one.', 'Es este.'),
    feeling: L('Excited and confident', 'Ilusionada y segura'),
  },
  {
    persona: 'laura',
    stage: 'purchase',
    channels: ['store'],
    emotion: -2,
    title: L('Signs the contract', 'Firma el contrato'),
    description: L(
      'Long contract, add-ons pushed at the desk, fees she did not expect.',
      'Contrato largo, extras insistentes en la mesa y cargos que no esperaba.',
    ),
    doing: L('Reading pages of small print', 'Lee páginas de letra pequeña'),
    thinking: L('Why is the price higher than online?', '¿Por qué el precio es mayor que en la web?'),
    feeling: L('Pressured', 'Presionada'),
  },
  {
    persona: 'laura',
    stage: 'purchase',
    channels: ['email', 'phone'],
    emotion: -3,
    momentOfTruth: true,
    title: L('Delivery date slips', 'Se retrasa la fecha de entrega'),
    description: L(
      'An email moves delivery three weeks later, past the due date; nobody answers the phone.',
      'Un correo retrasa la entrega tres semanas, más allá del parto; nadie contesta al teléfono.',
    ),
    doing: L('Calling the dealer again and again', 'Llama al concesionario una y otra vez'),
    thinking: L('We will bring the baby home by taxi.', 'Traeremos al bebé a casa en taxi.'),
    feeling: L('Angry and let down', 'Enfadada y decepcionada'),
  },
  {
    persona: 'laura',
    stage: 'after-sales',
    channels: ['store'],
    emotion: 1,
    title: L('Picks up the car', 'Recoge el coche'),
    description: L(
      'Handover with a short walkthrough and the child seat fitted.',
      'Entrega con una breve explicación y la sillita ya instalada.',
    ),
    doing: L('Collecting the car', 'Recoge el coche'),
    thinking: L('Finally. The seat is already in.', 'Por fin. La sillita ya está puesta.'),
    feeling: L('Relieved', 'Aliviada'),
  },
  {
    persona: 'laura',
    stage: 'loyalty',
    channels: ['app'],
    emotion: 2,
    title: L('Maintenance reminder in the app', 'Aviso de revisión en la app'),
    description: L(
      'The app books the first service in two taps.',
      'La app reserva la primera revisión en dos toques.',
    ),
    doing: L('Booking the first service', 'Reserva la primera revisión'),
    thinking: L('That was easy.', 'Qué fácil.'),
    feeling: L('Looked after', 'Bien atendida'),
  },
  {
    persona: 'carlos',
    stage: 'consideration',
    channels: ['email'],
    emotion: 0,
    title: L('Receives a fleet newsletter', 'Recibe un boletín para flotas'),
    description: L(
      'A generic newsletter with retail offers.',
      'Un boletín genérico con ofertas para particulares.',
    ),
    doing: L('Skimming his inbox', 'Revisa por encima el correo'),
    thinking: L('Nothing here for companies.', 'Aquí no hay nada para empresas.'),
    feeling: L('Indifferent', 'Indiferente'),
  },
  {
    persona: 'carlos',
    stage: 'comparison',
    channels: ['phone'],
    emotion: 1,
    title: L('Calls for a fleet quote', 'Llama para pedir precio de flota'),
    description: L(
      'The call centre passes him to a business advisor who sends a quote the same day.',
      'La centralita le pasa con un asesor de empresas que le envía el presupuesto el mismo día.',
    ),
    doing: L('Asking for three-vehicle pricing', 'Pide precio para tres vehículos'),
    thinking: L('Finally someone who gets fleets.', 'Por fin alguien que entiende de flotas.'),
    feeling: L('Hopeful', 'Esperanzado'),
  },
  {
    persona: 'carlos',
    stage: 'purchase',
    channels: ['email'],
    emotion: -2,
    title: L('Paperwork back and forth', 'Papeleo de ida y vuelta'),
    description: L(
      'Company documents are asked for three times by different people.',
      'Le piden los documentos de la empresa tres veces personas distintas.',
    ),
    doing: L('Scanning and re-sending documents', 'Escanea y reenvía documentos'),
    thinking: L('Do they not talk to each other?', '¿Es que no hablan entre ellos?'),
    feeling: L('Frustrated', 'Frustrado'),
  },
  {
    persona: 'carlos',
    stage: 'after-sales',
    channels: ['phone'],
    emotion: -3,
    title: L('Waits weeks for a repair slot', 'Espera semanas una cita de taller'),
    description: L(
      'A van needs a repair; the first free slot is in 19 days.',
      'Una furgoneta necesita reparación; la primera cita libre es en 19 días.',
    ),
    doing: L('Phoning the workshop', 'Llama al taller'),
    thinking: L('A van off the road costs me every day.', 'Una furgoneta parada me cuesta dinero cada día.'),
    feeling: L('Angry', 'Enfadado'),
  },
  {
    persona: 'carlos',
    stage: 'after-sales',
    channels: ['store'],
    emotion: 1,
    title: L('Gets a courtesy van', 'Recibe una furgoneta de cortesía'),
    description: L(
      'After escalating, the dealer lends a van until the repair.',
      'Tras quejarse, el concesionario le presta una furgoneta hasta la reparación.',
    ),
    doing: L('Collecting the courtesy van', 'Recoge la furgoneta de cortesía'),
    thinking: L('This should be the rule for fleets.', 'Esto debería ser lo normal para flotas.'),
    feeling: L('Calmer', 'Más tranquilo'),
  },
  {
    persona: 'carlos',
    stage: 'loyalty',
    channels: ['phone', 'email'],
    emotion: 2,
    title: L('Satisfaction call and fleet plan', 'Llamada de satisfacción y plan de flota'),
    description: L(
      'His advisor calls, offers a maintenance plan and a cross-sell discount.',
      'Su asesor le llama y le ofrece un plan de mantenimiento y un descuento de venta cruzada.',
    ),
    doing: L('Reviewing the plan', 'Revisa el plan'),
    thinking: L('I will renew the other vans here.', 'Renovaré aquí las otras furgonetas.'),
    feeling: L('Valued', 'Valorado'),
  },
];

interface SampleNote {
  touchpoint: number;
  kind: AnnotationKind;
  priority: Priority;
  author: string;
  resolved?: boolean;
  text: Localized;
  replies?: { author: string; text: Localized }[];
}

const NOTES: SampleNote[] = [
  {
    touchpoint: 5,
    kind: 'pain-point',
    priority: 'high',
    author: 'Ana',
    text: L(
      'Delivery dates are promised before stock is confirmed.',
      'Se prometen fechas de entrega antes de confirmar el stock.',
    ),
    replies: [
      {
        author: 'Luis',
        text: L(
          'Logistics can confirm stock within 24 h if asked.',
          'Logística puede confirmar stock en 24 h si se lo piden.',
        ),
      },
    ],
  },
  {
    touchpoint: 5,
    kind: 'opportunity',
    priority: 'high',
    author: 'Luis',
    text: L(
      'Proactive delivery tracker with SMS updates.',
      'Seguimiento proactivo de la entrega con avisos por SMS.',
    ),
  },
  {
    touchpoint: 4,
    kind: 'pain-point',
    priority: 'medium',
    author: 'Ana',
    text: L(
      'Final price differs from the online configurator.',
      'El precio final no coincide con el configurador web.',
    ),
  },
  {
    touchpoint: 10,
    kind: 'pain-point',
    priority: 'high',
    author: 'Marta',
    text: L('Company documents requested three times.', 'Se piden tres veces los documentos de la empresa.'),
  },
  {
    touchpoint: 10,
    kind: 'idea',
    priority: 'medium',
    author: 'Marta',
    text: L(
      'One shared document checklist for fleet sales.',
      'Una única lista de documentos compartida para ventas de flota.',
    ),
  },
  {
    touchpoint: 11,
    kind: 'pain-point',
    priority: 'high',
    author: 'Luis',
    text: L(
      'No priority repair slots for fleet customers.',
      'No hay citas de taller prioritarias para clientes de flota.',
    ),
  },
  {
    touchpoint: 12,
    kind: 'opportunity',
    priority: 'medium',
    author: 'Luis',
    text: L(
      'Make courtesy vans standard in the fleet plan.',
      'Incluir furgonetas de cortesía en el plan de flota.',
    ),
  },
  {
    touchpoint: 2,
    kind: 'question',
    priority: 'low',
    author: 'Ana',
    resolved: true,
    text: L(
      'Can the configurator show prices with extras?',
      '¿Puede el configurador mostrar precios con extras?',
    ),
  },
  {
    touchpoint: 3,
    kind: 'comment',
    priority: 'low',
    author: 'Marta',
    resolved: true,
    text: L(
      'Fitting the child seat at the test drive works very well.',
      'Instalar la sillita en la prueba funciona muy bien.',
    ),
  },
];

/** The family-car purchase on the car-dealer model: what a new user sees first. */
export function createSampleJourney(language: Language, options: Omit<CreateOptions, 'title'>): Journey {
  const makeId = options.makeId ?? newId;
  const { now } = options;
  const base = createJourneyFromTemplate('car-dealer', language, { now, makeId });
  const stageKeys: StageKey[] = ['consideration', 'comparison', 'purchase', 'after-sales', 'loyalty'];
  const stageId = new Map(stageKeys.map((key, i) => [key, base.stages[i]!.id]));
  const channelId = new Map(DEFAULT_CHANNELS.map((preset, i) => [preset.key, base.channels[i]!.id]));
  const personas = (['laura', 'carlos'] as const).map((key) => {
    const p = PERSONAS[key];
    return {
      key,
      persona: {
        id: makeId(),
        name: p.name[language],
        role: p.role[language],
        summary: p.summary[language],
        goals: p.goals[language],
        needs: p.needs[language],
        frustrations: p.frustrations[language],
        quote: p.quote[language],
        avatar: p.avatar,
        color: p.color,
        updatedAt: now,
      },
    };
  });
  const personaId = new Map(personas.map(({ key, persona }) => [key, persona.id]));
  const today = base.scenarios[0]!;
  const counters = new Map<string, number>();
  const touchpoints: Touchpoint[] = TOUCHPOINTS.map((t) => {
    const cell = `${t.persona}/${t.stage}`;
    const order = counters.get(cell) ?? 0;
    counters.set(cell, order + 1);
    return {
      id: makeId(),
      scenarioId: today.id,
      personaId: personaId.get(t.persona)!,
      stageId: stageId.get(t.stage)!,
      order,
      title: t.title[language],
      description: t.description[language],
      channelIds: t.channels.map((c) => channelId.get(c)!),
      emotion: t.emotion,
      doing: t.doing[language],
      thinking: t.thinking[language],
      feeling: t.feeling[language],
      momentOfTruth: t.momentOfTruth ?? false,
      updatedAt: now,
    };
  });
  // The best case: the same moments with today's pain taken away, to compare the two curves.
  const best = presetScenario('best', language, makeId(), now);
  const bestCase = touchpoints.map((t) => ({
    ...t,
    id: makeId(),
    scenarioId: best.id,
    emotion: t.emotion < 0 ? clampEmotion(t.emotion + 3) : t.emotion,
  }));
  const annotations: Annotation[] = NOTES.map((n) => ({
    id: makeId(),
    targetType: 'touchpoint',
    targetId: touchpoints[n.touchpoint]!.id,
    kind: n.kind,
    text: n.text[language],
    author: n.author,
    priority: n.priority,
    status: n.resolved ? 'resolved' : 'open',
    createdAt: now,
    updatedAt: now,
    replies: (n.replies ?? []).map((r) => ({
      id: makeId(),
      author: r.author,
      text: r.text[language],
      createdAt: now,
    })),
  }));
  return {
    ...base,
    title: language === 'es' ? 'Comprar un coche familiar' : 'Buying a family car',
    situation:
      language === 'es'
        ? 'Una familia que espera un bebé compra su primer coche familiar'
        : 'A family expecting a baby buys its first family car',
    description:
      language === 'es'
        ? 'Mapa de ejemplo: dos clientes de un concesionario, desde el primer anuncio hasta la fidelización.'
        : 'Sample map: two customers of a car dealer, from the first ad to loyalty.',
    scenarios: [today, best],
    personas: personas.map((p) => p.persona),
    touchpoints: [...touchpoints, ...bestCase],
    annotations,
  };
}
