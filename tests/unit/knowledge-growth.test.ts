import { afterEach, describe, expect, it, vi } from 'vitest';
import { stem } from '../../lib/knowledge/retrieval/stemmer';
import type { KnowledgeEntry } from '../../lib/knowledge/schema';
import { DEV_SET } from '../eval/dev-set';

/**
 * Retrieval must not get worse for a question because an entry about something else was added: an
 * entry written in the base's everyday vocabulary (declarar, renta, DIAN, formulario, plazo, pago) about
 * subjects no development question asks.
 */
const UNRELATED_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'zonas-francas-usuarios',
    title: 'Usuarios industriales de zonas francas: tarifa y declaración',
    body: 'Los usuarios industriales de una zona franca declaran renta con una tarifa especial ante la DIAN. El formulario y el plazo son los de las personas jurídicas, y el pago se hace con el recibo oficial. Esta entrada es solo para la prueba de estabilidad del buscador y no describe una regla vigente.',
    questions: [
      'tarifa de renta para un usuario industrial de zona franca',
      'como declara una empresa de zona franca',
      'que plazo tiene un usuario de zona franca segun el ultimo digito del nit',
      'la zona franca expide certificado de ingresos y retenciones?',
    ],
    keywords: ['zona franca', 'usuario industrial', 'tarifa especial'],
    appliesTo: 'Personas jurídicas usuarias de zonas francas',
    sources: [],
    checkedOn: '2026-12-07',
    confirmed: false,
  },
  {
    id: 'cooperativas-regimen-especial',
    title: 'Cooperativas en el régimen tributario especial',
    body: 'Las cooperativas pertenecen al régimen tributario especial: declaran renta, tributan sobre su excedente y deben actualizar su información ante la DIAN cada año. El pago del impuesto y el formulario siguen los plazos de las entidades sin ánimo de lucro. Esta entrada es solo para la prueba de estabilidad del buscador.',
    questions: [
      'una cooperativa tiene que declarar renta',
      'como tributa el excedente de una cooperativa',
      'hasta cuando tiene plazo una cooperativa para el pago',
      'que informacion reporta la cooperativa a la dian',
    ],
    keywords: ['cooperativa', 'excedente', 'régimen tributario especial'],
    appliesTo: 'Cooperativas; reglas vigentes en 2026',
    sources: [],
    checkedOn: '2026-12-07',
    confirmed: false,
  },
];

interface Ranking {
  best: string | undefined;
  /** How far ahead of the runner-up the best entry is, as a share of its score. */
  lead: number;
}

async function rankings(extra: readonly KnowledgeEntry[]): Promise<Ranking[]> {
  vi.resetModules();
  vi.doMock('../../lib/knowledge/entries', async (importOriginal) => {
    const actual = await importOriginal<typeof import('../../lib/knowledge/entries')>();
    return { ...actual, KNOWLEDGE_ENTRIES: [...actual.KNOWLEDGE_ENTRIES, ...extra] };
  });
  const { searchKnowledge } = await import('../../lib/knowledge/retrieval/search');
  return QUESTIONS.map((question) => {
    const [best, second] = searchKnowledge(question, 2);
    return { best: best?.entry.id, lead: best && second ? 1 - second.score / best.score : 1 };
  });
}

// Two entries within 1 % of each other are a tie that any change to the base may break either way.
const MIN_LEAD = 0.01;
const QUESTIONS = DEV_SET.filter((item) => item.entries !== undefined).map((item) => item.question);

describe('retrieval as the base grows', () => {
  afterEach(() => {
    vi.doUnmock('../../lib/knowledge/entries');
    vi.resetModules();
  });

  it('reads an infinitive with a pronoun attached as the verb', () => {
    expect(stem('revisarla')).toBe(stem('revisar'));
    expect(stem('declararlos')).toBe(stem('declarar'));
  });

  it("meets the entries' preterite addressed to the reader", () => {
    expect(stem('presentaste')).toBe(stem('presentar'));
    expect(stem('recibiste')).toBe(stem('recibir'));
  });

  it('keeps the best entry of the development questions when unrelated entries are added', async () => {
    const before = await rankings([]);
    const after = await rankings(UNRELATED_ENTRIES);
    const moved = QUESTIONS.flatMap((question, index) => {
      const [was, now] = [before[index], after[index]];
      return was && now && was.best !== now.best && was.lead >= MIN_LEAD
        ? [`${question}: ${was.best} → ${now.best}`]
        : [];
    });
    expect(moved).toEqual([]);
    // Ranks every development question twice: the work grows with the set, and a loaded machine stretches it.
  }, 180_000);
});
