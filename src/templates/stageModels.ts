import { stageColor, type Language } from '../model';

/** Text in each language the product speaks. */
export type Localized<T = string> = Record<Language, T>;

export interface StageModelStage {
  /** A stable key, the same in every language (used by the sample journey). */
  key: string;
  color: string;
  name: Localized;
  description: Localized;
  /** Suggested actions a facilitator can drop in as touchpoints. */
  suggestions: Localized<string[]>;
}

export interface StageModel {
  id: TemplateId;
  name: Localized;
  description: Localized;
  stages: StageModelStage[];
}

export const TEMPLATE_IDS = ['lifecycle', 'relationship', 'car-dealer', 'blank'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

const lifecycle: StageModel = {
  id: 'lifecycle',
  name: { en: 'Customer lifecycle', es: 'Ciclo de vida del cliente' },
  description: {
    en: 'Five stages from first hearing of the business to recommending it.',
    es: 'Cinco etapas, desde que el cliente conoce el negocio hasta que lo recomienda.',
  },
  stages: [
    {
      key: 'awareness',
      color: stageColor(0),
      name: { en: 'Awareness', es: 'Concienciación' },
      description: {
        en: 'The customer researches solutions and first learns of the business.',
        es: 'El cliente investiga soluciones y conoce el negocio por primera vez.',
      },
      suggestions: {
        en: [
          'Publish educational articles',
          'Share social media posts',
          'Create an infographic',
          'Offer a white paper',
          'Run a free online course',
        ],
        es: [
          'Publicar artículos educativos',
          'Compartir publicaciones en redes sociales',
          'Crear una infografía',
          'Ofrecer un libro blanco',
          'Impartir un curso en línea gratuito',
        ],
      },
    },
    {
      key: 'acquisition',
      color: stageColor(1),
      name: { en: 'Acquisition', es: 'Adquisición' },
      description: {
        en: 'First contact by phone, email, in person or, most often, the website.',
        es: 'Primer contacto por teléfono, correo, en persona o, casi siempre, en la web.',
      },
      suggestions: {
        en: [
          'Answer questions on the website',
          'Send useful resources',
          'Ask for contact details',
          'Return a phone enquiry',
        ],
        es: [
          'Responder dudas en la web',
          'Enviar recursos útiles',
          'Pedir datos de contacto',
          'Devolver una llamada de consulta',
        ],
      },
    },
    {
      key: 'conversion',
      color: stageColor(2),
      name: { en: 'Conversion', es: 'Conversión' },
      description: {
        en: 'The purchase: a clear checkout, few steps, enough payment options.',
        es: 'La compra: un proceso de pago claro, con pocos pasos y suficientes medios de pago.',
      },
      suggestions: {
        en: [
          'Simplify the checkout',
          'Offer several payment options',
          'Confirm the order by email',
          'Show delivery times up front',
        ],
        es: [
          'Simplificar el pago',
          'Ofrecer varios medios de pago',
          'Confirmar el pedido por correo',
          'Mostrar los plazos de entrega desde el principio',
        ],
      },
    },
    {
      key: 'retention',
      color: stageColor(3),
      name: { en: 'Retention', es: 'Retención' },
      description: {
        en: 'After the purchase: feedback, surveys, satisfaction scores, thanks and offers.',
        es: 'Después de la compra: opiniones, encuestas, satisfacción, agradecimientos y ofertas.',
      },
      suggestions: {
        en: [
          'Send a thank-you message',
          'Ask for feedback',
          'Run a satisfaction survey',
          'Make a special offer',
        ],
        es: [
          'Enviar un mensaje de agradecimiento',
          'Pedir opinión',
          'Hacer una encuesta de satisfacción',
          'Hacer una oferta especial',
        ],
      },
    },
    {
      key: 'advocacy',
      color: stageColor(4),
      name: { en: 'Advocacy', es: 'Defensa' },
      description: {
        en: 'The customer recommends the brand: reviews, referrals, rewards for referrals.',
        es: 'El cliente recomienda la marca: reseñas, referidos y recompensas por recomendar.',
      },
      suggestions: {
        en: ['Invite a review', 'Start a referral programme', 'Reward referrals', 'Feature customer stories'],
        es: [
          'Invitar a dejar una reseña',
          'Lanzar un programa de referidos',
          'Premiar las recomendaciones',
          'Difundir historias de clientes',
        ],
      },
    },
  ],
};

const relationship: StageModel = {
  id: 'relationship',
  name: { en: 'Relationship phases', es: 'Fases de la relación' },
  description: {
    en: 'From the first contact to winning back customers who stopped buying.',
    es: 'Desde el primer contacto hasta recuperar a los clientes que dejaron de comprar.',
  },
  stages: [
    {
      key: 'acquisition',
      color: stageColor(0),
      name: { en: 'Acquisition', es: 'Adquisición' },
      description: {
        en: 'First contact: advertising, answering prospects.',
        es: 'Primer contacto: publicidad y atención a los interesados.',
      },
      suggestions: {
        en: ['Launch an advertising campaign', 'Answer prospects quickly', 'Offer a first-contact discount'],
        es: [
          'Lanzar una campaña de publicidad',
          'Responder rápido a los interesados',
          'Ofrecer un descuento de bienvenida',
        ],
      },
    },
    {
      key: 'conversion',
      color: stageColor(1),
      name: { en: 'Conversion', es: 'Conversión' },
      description: { en: 'Closing the sale.', es: 'El cierre de la venta.' },
      suggestions: {
        en: ['Send a tailored proposal', 'Follow up the quote', 'Make signing easy'],
        es: ['Enviar una propuesta a medida', 'Hacer seguimiento del presupuesto', 'Facilitar la firma'],
      },
    },
    {
      key: 'growth',
      color: stageColor(2),
      name: { en: 'Growth', es: 'Crecimiento' },
      description: {
        en: 'Existing customers: cross-sell, new products, referrals.',
        es: 'Clientes actuales: venta cruzada, nuevos productos y referidos.',
      },
      suggestions: {
        en: ['Suggest a complementary product', 'Announce new products', 'Ask for referrals'],
        es: ['Sugerir un producto complementario', 'Anunciar productos nuevos', 'Pedir referidos'],
      },
    },
    {
      key: 'retention',
      color: stageColor(3),
      name: { en: 'Retention', es: 'Retención' },
      description: {
        en: 'High-value customers: loyalty actions.',
        es: 'Clientes de alto valor: acciones de fidelización.',
      },
      suggestions: {
        en: ['Invite to a loyalty programme', 'Give priority service', 'Send a personal thank-you'],
        es: [
          'Invitar al programa de fidelización',
          'Dar atención prioritaria',
          'Enviar un agradecimiento personal',
        ],
      },
    },
    {
      key: 'reactivation',
      color: stageColor(4),
      name: { en: 'Reactivation', es: 'Reactivación' },
      description: {
        en: 'Former customers who stopped buying: win-back actions, and measure their effect.',
        es: 'Antiguos clientes que dejaron de comprar: acciones para recuperarlos y medir su efecto.',
      },
      suggestions: {
        en: ['Send a win-back offer', 'Ask why they left', 'Measure the win-back rate'],
        es: ['Enviar una oferta de regreso', 'Preguntar por qué se fueron', 'Medir la tasa de recuperación'],
      },
    },
  ],
};

const carDealer: StageModel = {
  id: 'car-dealer',
  name: { en: 'Customer journey map (car dealer)', es: 'Customer journey map (concesionario)' },
  description: {
    en: 'Five phases of buying a car, from the first need to a customer for life.',
    es: 'Cinco fases de la compra de un coche, desde la necesidad hasta el cliente para toda la vida.',
  },
  stages: [
    {
      key: 'consideration',
      color: stageColor(0),
      name: { en: 'Consideration', es: 'Consideración' },
      description: {
        en: 'The need appears (a new child means a family car).',
        es: 'Aparece la necesidad (un hijo nuevo pide un coche familiar).',
      },
      suggestions: {
        en: [
          'Online and offline ads',
          'Landing page for family cars',
          'Social network campaign',
          'Infographic: choosing a family car',
          'Referral rewards',
        ],
        es: [
          'Anuncios online y offline',
          'Landing page de coches familiares',
          'Campaña en redes sociales',
          'Infografía: cómo elegir un coche familiar',
          'Premios por recomendación',
        ],
      },
    },
    {
      key: 'comparison',
      color: stageColor(1),
      name: { en: 'Comparison', es: 'Comparación' },
      description: {
        en: 'The customer gathers information and compares.',
        es: 'El cliente reúne información y compara.',
      },
      suggestions: {
        en: [
          'Content marketing',
          'Technical sheets',
          'Open day',
          'Offer comparison',
          'Visit to the dealership',
        ],
        es: [
          'Marketing de contenidos',
          'Fichas técnicas',
          'Jornada de puertas abiertas',
          'Comparativa de ofertas',
          'Visita al concesionario',
        ],
      },
    },
    {
      key: 'purchase',
      color: stageColor(2),
      name: { en: 'Purchase', es: 'Compra' },
      description: {
        en: 'Closing: call centre, sales visit or web checkout; contract, paperwork, delivery times.',
        es: 'El cierre: centralita, visita comercial o compra web; contrato, trámites y plazos de entrega.',
      },
      suggestions: {
        en: [
          'Call centre follow-up',
          'Sales visit',
          'Web checkout',
          'Contract signing',
          'Paperwork and delivery date',
        ],
        es: [
          'Seguimiento desde la centralita',
          'Visita comercial',
          'Compra en la web',
          'Firma del contrato',
          'Trámites y fecha de entrega',
        ],
      },
    },
    {
      key: 'after-sales',
      color: stageColor(3),
      name: { en: 'After-sales', es: 'Postventa' },
      description: {
        en: 'Delivery, maintenance, training, repair appointments: a one-off buyer becomes a customer for life.',
        es: 'Entrega, mantenimiento, formación y citas de taller: un comprador puntual se convierte en cliente para toda la vida.',
      },
      suggestions: {
        en: ['Car delivery', 'Driver training session', 'Maintenance reminder', 'Book a repair appointment'],
        es: [
          'Entrega del coche',
          'Sesión de formación de conducción',
          'Recordatorio de mantenimiento',
          'Pedir cita en el taller',
        ],
      },
    },
    {
      key: 'loyalty',
      color: stageColor(4),
      name: { en: 'Loyalty', es: 'Fidelización' },
      description: {
        en: 'Satisfaction calls, maintenance visits, gamification, anniversaries, premium services.',
        es: 'Llamadas de satisfacción, revisiones, gamificación, aniversarios y servicios premium.',
      },
      suggestions: {
        en: [
          'Satisfaction call',
          'Anniversary greeting',
          'Cross-sell discount',
          'Premium services',
          'Exclusive sessions',
          'Customer intranet',
        ],
        es: [
          'Llamada de satisfacción',
          'Felicitación de aniversario',
          'Descuento de venta cruzada',
          'Servicios premium',
          'Sesiones exclusivas',
          'Intranet de clientes',
        ],
      },
    },
  ],
};

const blank: StageModel = {
  id: 'blank',
  name: { en: 'Blank', es: 'En blanco' },
  description: {
    en: 'Three empty stages to name as you go.',
    es: 'Tres etapas vacías para nombrar sobre la marcha.',
  },
  // Three neutral stages rather than none: an empty canvas gives a room nothing to point at.
  stages: [1, 2, 3].map((n, i) => ({
    key: `stage-${n}`,
    color: stageColor(i),
    name: { en: `Stage ${n}`, es: `Etapa ${n}` },
    description: { en: '', es: '' },
    suggestions: { en: [], es: [] },
  })),
};

export const STAGE_MODELS: Record<TemplateId, StageModel> = {
  lifecycle,
  relationship,
  'car-dealer': carDealer,
  blank,
};
