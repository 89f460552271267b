import { hiddenKinds, privacyNotice } from '../../lib/privacy/personal-data';
import { describe, it, expect } from 'vitest';

import { answerFromKnowledge, INTRO_MARKDOWN } from '../../lib/knowledge/answer';
import { DEADLINES_AG_2024, DEADLINES_AG_2025, findDeadline } from '../../lib/tax/deadlines';
import { formatSpanishDate, formatSpanishDateWithWeekday } from '../../lib/tax/spanish-dates';
import { KNOWLEDGE_ENTRIES, getKnowledgeEntry } from '../../lib/knowledge/entries';
import {
  BODY_MAX_WORDS,
  BODY_MIN_WORDS,
  OFFICIAL_SOURCE_HOSTS,
  countWords,
  knowledgeEntrySchema,
  parseKnowledgeEntries,
  type KnowledgeEntry,
} from '../../lib/knowledge/schema';
import { searchKnowledge } from '../../lib/knowledge/retrieval/search';
import { detectYearIntent } from '../../lib/knowledge/retrieval/years';
import { stem } from '../../lib/knowledge/retrieval/stemmer';
import { damerauLevenshtein } from '../../lib/knowledge/retrieval/typos';
import { normalize, tokenize } from '../../lib/knowledge/text';
import { formatPesos } from '../../lib/tax/money';
import { formatUvtInPesos, requireUvt } from '../../lib/tax/uvt';

const entry = (id: string): KnowledgeEntry => {
  const found = getKnowledgeEntry(id);
  if (!found) throw new Error(`missing entry ${id}`);
  return found;
};

const topId = (question: string): string | undefined => searchKnowledge(question)[0]?.entry.id;

describe('knowledge entries', () => {
  it('covers every topic the assistant promises', () => {
    const ids = KNOWLEDGE_ENTRIES.map((item) => item.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'uvt-2024',
        'uvt-2025',
        'uvt-2026',
        'quien-declara-ag-2024',
        'quien-declara-ag-2025',
        'formulario-210',
        'formulario-110',
        'formulario-160',
        'formulario-260',
        'formulario-490',
        'plazos-personas-naturales-ag-2024',
        'plazos-personas-naturales-ag-2025',
        'declarar-en-linea',
        'firma-electronica',
        'declaracion-sugerida',
        'rut-y-nit',
        'como-pagar',
        'sancion-extemporaneidad',
        'sancion-minima-2025',
        'sancion-minima-2026',
        'correcciones',
        'residencia-fiscal',
        'deducciones-rentas-exentas',
        'canales-oficiales-dian',
      ]),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(KNOWLEDGE_ENTRIES.map((item) => [item.id, item] as const))(
    '%s validates and is sourced, scoped and dated',
    (_id, item) => {
      expect(knowledgeEntrySchema.safeParse(item).success).toBe(true);
      expect(item.sources.length).toBeGreaterThan(0);
      for (const source of item.sources) {
        const url = new URL(source.url);
        expect(url.protocol).toBe('https:');
        expect(OFFICIAL_SOURCE_HOSTS).toContain(url.hostname);
      }
      expect(item.appliesTo.trim().length).toBeGreaterThan(3);
      // Topic files are checked after the core base (2026-11-25); no entry may predate that review.
      expect(item.checkedOn >= '2026-11-25').toBe(true);
      const words = countWords(item.body);
      expect(words).toBeGreaterThanOrEqual(BODY_MIN_WORDS);
      expect(words).toBeLessThanOrEqual(BODY_MAX_WORDS);
      expect(item.body).not.toMatch(/<[a-z/!]/i);
      expect(item.questions.length).toBeGreaterThanOrEqual(3);
      expect(item.questions.length).toBeLessThanOrEqual(8);
      if (!item.confirmed)
        expect(item.body).toMatch(/no (?:est[aá]n? )?confirmad|sin confirmar|no hemos confirmado/i);
    },
  );

  it('states each UVT with its resolution and flags it as unconfirmed', () => {
    expect(entry('uvt-2024').body).toMatch(/\$47\.065[\s\S]*000187/);
    expect(entry('uvt-2025').body).toMatch(/\$49\.799[\s\S]*000193/);
    expect(entry('uvt-2026').body).toMatch(/\$52\.374[\s\S]*000238/);
    for (const id of ['uvt-2024', 'uvt-2025', 'uvt-2026']) expect(entry(id).confirmed).toBe(false);
  });

  it("a yearless UVT question gets this year's value and the one the return filed this year uses", () => {
    const answer = answerFromKnowledge('¿Qué es la UVT?');
    expect(answer.entryIds[0]).toBe('uvt-2026');
    expect(answer.markdown).toContain(`**${formatPesos(requireUvt(2026).value)}**`);
    expect(answer.markdown).toContain(
      `La declaración de renta que se presenta en 2026 (año gravable 2025) usa la UVT de 2025: **${formatPesos(requireUvt(2025).value)}**`,
    );
    // A question that names its year gets that year's entry alone.
    expect(answerFromKnowledge('¿Cuánto vale la UVT en 2026?').markdown).not.toContain('usa la UVT de');
  });

  it('gives the filing thresholds with the UVT of the taxable year', () => {
    // As DIAN publishes them (art. 868): the raw product appears only in the note on unrounded figures.
    const ag2024 = entry('quien-declara-ag-2024').body;
    expect(ag2024).toContain('**4.500 UVT ($211.793.000)**');
    expect(ag2024).toContain('**1.400 UVT ($65.891.000)**');
    const ag2025 = entry('quien-declara-ag-2025').body;
    expect(ag2025).toContain('**4.500 UVT ($224.096.000)**');
    expect(ag2025).toContain('**1.400 UVT ($69.719.000)**');
    expect(ag2025).toContain('verás $224.095.500 y $69.718.600, el producto sin aproximar');
    expect(ag2025).toContain('$235.683.000 y $73.324.000');
    expect(ag2025).toMatch(/error común/i);
    expect(ag2025).toContain('$52.374');
    expect(entry('quien-declara-ag-2025').appliesTo).toBe('Año gravable 2025 (declaración de 2026)');
  });

  it('gives the minimum penalty in pesos per year', () => {
    expect(entry('sancion-minima-2025').body).toContain('$498.000');
    expect(entry('sancion-minima-2026').body).toContain('$524.000');
  });

  it('marks the derived 2026 deadlines as not confirmed and the 2025 ones as published', () => {
    expect(entry('plazos-personas-naturales-ag-2025').confirmed).toBe(false);
    expect(entry('plazos-personas-naturales-ag-2025').body).toMatch(/calculadas, sin confirmar/);
    expect(entry('plazos-personas-naturales-ag-2024').confirmed).toBe(true);
    expect(entry('plazos-personas-naturales-ag-2024').body).not.toMatch(/sin confirmar/);
  });

  it('never lists a phone number or an e-mail address', () => {
    for (const item of KNOWLEDGE_ENTRIES) {
      expect(item.body).not.toMatch(/@[a-z]/i);
      expect(item.body).not.toMatch(
        /\(\d{3}\)|\b60\d[\s-]?\d{3}[\s-]?\d{4}\b|\b3\d{2}[\s-]?\d{3}[\s-]?\d{4}\b/,
      );
    }
  });
});

describe('knowledge schema', () => {
  const valid: KnowledgeEntry = {
    id: 'ejemplo-valido',
    title: 'Ejemplo válido',
    body: Array.from({ length: 45 }, (_, index) => `palabra${index}`).join(' '),
    questions: ['¿Primera?', '¿Segunda?', '¿Tercera?'],
    keywords: ['ejemplo'],
    appliesTo: 'Año gravable 2025 (declaración de 2026)',
    sources: [{ title: 'Portal de la DIAN', url: 'https://www.dian.gov.co' }],
    checkedOn: '2026-11-25',
    confirmed: true,
  };

  it('accepts a well-formed entry', () => {
    expect(parseKnowledgeEntries([valid])).toHaveLength(1);
  });

  it.each([
    ['a non-official host', { sources: [{ title: 'Blog', url: 'https://example.com/uvt' }] }],
    ['a plain-http source', { sources: [{ title: 'DIAN', url: 'http://www.dian.gov.co' }] }],
    ['raw HTML in the body', { body: `${valid.body} <script>alert(1)</script>` }],
    ['a body that is too short', { body: 'Muy corto.' }],
    ['an id that is not kebab-case', { id: 'Ejemplo_Malo' }],
    ['too few example questions', { questions: ['¿Una?'] }],
    ['an unconfirmed entry that does not say so', { confirmed: false }],
    ['a filing year that is not the next year', { appliesTo: 'Año gravable 2025 (declaración de 2025)' }],
    ['a non-ISO check date', { checkedOn: '25/11/2026' }],
  ])('rejects %s, naming the entry', (_label, change) => {
    expect(() => parseKnowledgeEntries([{ ...valid, ...change }])).toThrow(/ejemplo|Ejemplo_Malo/);
  });

  it('rejects duplicate ids', () => {
    expect(() => parseKnowledgeEntries([valid, valid])).toThrow(/duplicate id/);
  });
});

describe('Spanish text analysis', () => {
  it('lowercases and strips diacritics', () => {
    expect(normalize('Declaración ÚNICA año')).toBe('declaracion unica ano');
  });

  it('keeps form numbers and joins thousands separators', () => {
    expect(tokenize('la F210 y el f-490')).toEqual([
      'la',
      'formulario',
      '210',
      'y',
      'el',
      'formulario',
      '490',
    ]);
    expect(tokenize('UVT de $49.799 y 4.500 UVT')).toEqual(['uvt', 'de', '49799', 'y', '4500', 'uvt']);
  });

  it('stems inflections of one word to the same stem', () => {
    expect(stem('declaraciones')).toBe(stem('declaracion'));
    expect(stem('declarar')).toBe(stem('declaro'));
    expect(stem('residentes')).toBe(stem('residencia'));
    expect(stem('intereses')).toBe(stem('interes'));
    expect(stem('2025')).toBe('2025');
  });

  it('counts a transposition as one edit', () => {
    expect(damerauLevenshtein('declaracoin', 'declaracion')).toBe(1);
    expect(damerauLevenshtein('formulrio', 'formulario')).toBe(1);
    expect(damerauLevenshtein('plazo', 'plazo')).toBe(0);
    expect(damerauLevenshtein('uvt', 'renta', 1)).toBe(2);
  });
});

describe('deadline calendars', () => {
  it.each([DEADLINES_AG_2024, DEADLINES_AG_2025])(
    '$entryId has 50 slots covering 01 to 00 in order',
    (calendar) => {
      expect(calendar.slots).toHaveLength(50);
      const endings = calendar.slots.flatMap((slot) => slot.endings);
      expect(endings[0]).toBe('01');
      expect(endings[endings.length - 1]).toBe('00');
      expect(new Set(endings).size).toBe(100);
      const dates = calendar.slots.map((slot) => slot.date);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(50);
      for (const date of dates) expect(date.startsWith(String(calendar.filingYear))).toBe(true);
    },
  );

  it('matches the published 2025 calendar', () => {
    expect(findDeadline(DEADLINES_AG_2024, '01')?.date).toBe('2025-08-12');
    expect(findDeadline(DEADLINES_AG_2024, '45')?.date).toBe('2025-09-12');
    expect(findDeadline(DEADLINES_AG_2024, '00')?.date).toBe('2025-10-24');
  });

  it('separates published and derived 2026 dates', () => {
    expect(findDeadline(DEADLINES_AG_2025, '36')).toMatchObject({ date: '2026-09-07', published: true });
    expect(findDeadline(DEADLINES_AG_2025, '45')).toMatchObject({ date: '2026-09-14', published: false });
    expect(findDeadline(DEADLINES_AG_2025, '98')).toMatchObject({ date: '2026-10-23', published: false });
    expect(findDeadline(DEADLINES_AG_2025, '00')).toMatchObject({ date: '2026-10-26', published: true });
  });

  it('formats dates in Spanish without depending on the time zone', () => {
    expect(formatSpanishDate('2026-11-25')).toBe('25 de noviembre de 2026');
    expect(formatSpanishDateWithWeekday('2026-09-14')).toBe('lunes 14 de septiembre de 2026');
  });
});

describe('searchKnowledge', () => {
  it.each([
    ['uvt 2025', 'uvt-2025'],
    ['UVT 2024', 'uvt-2024'],
    ['¿Cuánto vale la UVT este año?', 'uvt-2026'],
    ['valor de la uvt 2026', 'uvt-2026'],
    ['cuanto vale una uvt en 2025', 'uvt-2025'],
    ['formulrio 210', 'formulario-210'],
    ['la 210', 'formulario-210'],
    ['F210', 'formulario-210'],
    ['para que sirve el formulario 210', 'formulario-210'],
    ['nit', 'rut-y-nit'],
    ['que es el rut', 'rut-y-nit'],
    ['digito de verificacion', 'rut-y-nit'],
    ['cuando tengo que declarar si mi nit termina en 45', 'plazos-personas-naturales-ag-2025'],
    ['mi cédula termina en 07, ¿qué día declaro?', 'plazos-personas-naturales-ag-2025'],
    ['¿Hasta cuándo hay plazo para declarar renta?', 'plazos-personas-naturales-ag-2025'],
    ['cuándo vence la renta', 'plazos-personas-naturales-ag-2025'],
    ['plaso para declarar', 'plazos-personas-naturales-ag-2025'],
    ['fecha limite renta 2025', 'plazos-personas-naturales-ag-2024'],
    ['calendario renta año gravable 2024', 'plazos-personas-naturales-ag-2024'],
    ['plazos para declarar en 2026', 'plazos-personas-naturales-ag-2025'],
    ['que pasa si declaro tarde', 'sancion-extemporaneidad'],
    ['se me pasó la fecha de declarar', 'sancion-extemporaneidad'],
    ['mutla por declarar tarde', 'sancion-extemporaneidad'],
    // The omisos entry explains both paths: art. 643 if DIAN acts first, art. 641 if one files late now.
    ['que pasa si no declaro', 'sancion-por-no-declarar'],
    ['cual es la sancion minima', 'sancion-minima-2026'],
    ['multa minima 2025', 'sancion-minima-2025'],
    ['como pago', 'como-pagar'],
    ['¿Dónde pago la renta?', 'como-pagar'],
    ['puedo pagar con tarjeta de credito', 'como-pagar'],
    ['que pasa si pago tarde', 'como-pagar'],
    ['intereses de mora', 'interes-moratorio'],
    ['recibo de pago', 'formulario-490'],
    ['que es el 490', 'formulario-490'],
    ['quien debe declarar renta', 'quien-declara-ag-2025'],
    ['¿Tengo que declarar renta?', 'quien-declara-ag-2025'],
    ['cuanto tengo que ganar para declarar', 'quien-declara-ag-2025'],
    ['topes para declarar renta año gravable 2024', 'quien-declara-ag-2024'],
    ['estoy obligado a declarar por el AG 2025', 'quien-declara-ag-2025'],
    ['soy pensionado, debo declarar?', 'quien-declara-ag-2025'],
    ['me equivoque en la declaracion', 'correcciones'],
    ['¿Cómo corrijo la declaración de renta?', 'correcciones'],
    ['sanción por corrección', 'correcciones'],
    ['soy extranjero que formulario uso', 'formulario-110'],
    ['las empresas que formulario usan', 'formulario-110'],
    // Living abroad: the nationals' entry says who stays resident and what a non-resident files (110).
    ['no vivo en Colombia, ¿tengo que declarar?', 'colombianos-en-el-exterior'],
    ['regla de los 183 dias', 'residencia-fiscal'],
    ['que puedo deducir', 'deducciones-rentas-exentas'],
    ['rentas exentas', 'deducciones-rentas-exentas'],
    ['puedo deducir los intereses de vivienda', 'intereses-vivienda'],
    ['firma electronica', 'firma-electronica'],
    ['como saco la fe', 'firma-electronica'],
    ['se me vencio la firma', 'firma-electronica'],
    ['firma electrónica vencida', 'firma-electronica'],
    ['DECLARACIÓN SUGERIDA', 'declaracion-sugerida'],
    ['que es la informacion exogena', 'informacion-exogena'],
    ['como declaro por internet', 'declarar-en-linea'],
    ['declaracoin de renta por internet', 'declarar-en-linea'],
    ['muisca', 'cuenta-muisca-contrasena'],
    ['que necesito para declarar', 'declarar-en-linea'],
    ['tengo una cuenta en el exterior', 'formulario-160'],
    ['activos en el extranjero', 'formulario-160'],
    ['regimen simple', 'regimen-simple-persona-natural'],
    ['soy del rst, que declaro', 'regimen-simple-persona-natural'],
    ['que es el formulario 260', 'formulario-260'],
    ['pagina oficial de la dian', 'canales-oficiales-dian'],
    ['como me comunico con la dian', 'canales-oficiales-dian'],
    ['tengo ingresos de 80 millones, ¿debo declarar?', 'quien-declara-ag-2025'],
    ['mi mamá es pensionada, ¿debe declarar?', 'quien-declara-ag-2025'],
  ])('"%s" → %s', (question, expected) => {
    expect(topId(question)).toBe(expected);
  });

  // Each of these only matches through typo correction: without it they find nothing.
  it.each([
    ['extemporaneidda', 'sancion-extemporaneidad'],
    ['sansion por estemporaneidad', 'sancion-extemporaneidad'],
    ['exogna', 'informacion-exogena'],
    ['multa minma', 'sancion-minima-2026'],
  ])('corrects the typo in "%s" → %s', (question, expected) => {
    expect(topId(question)).toBe(expected);
  });

  it('does not correct real words into the base', () => {
    expect(searchKnowledge('presidente')).toEqual([]);
    expect(searchKnowledge('partido de futbol')).toEqual([]);
  });

  it.each([
    'receta de arepas',
    'quién ganó el partido',
    'cual es la capital de francia',
    'cuanto cuesta un arriendo en bogota',
    'como saco el pasaporte',
    'precio del dolar hoy',
    'como hago un pastel de chocolate',
    'quien es el presidente de colombia',
    'como sacar la visa americana',
    '',
    '¿?',
  ])('finds nothing for the unrelated "%s"', (question) => {
    expect(searchKnowledge(question)).toEqual([]);
  });

  it('offers the closest entries, marked, to an income-tax question that no entry passes the gate for', () => {
    const hits = searchKnowledge('el saldo a favor de la renta lo gasto en zapatos');
    expect(hits[0]).toMatchObject({ entry: { id: 'saldo-a-favor' }, nearMiss: true });
    // Without the income tax named, the same near miss is no answer.
    expect(searchKnowledge('el saldo a favor lo gasto en zapatos y helado')).toEqual([]);
    const answer = answerFromKnowledge('el saldo a favor de la renta lo gasto en zapatos');
    expect(answer.markdown).toMatch(/^No encontré una respuesta exacta/);
    expect(answer.entryIds[0]).toBe('saldo-a-favor');
    // Operators count it with the questions the base could not answer: it is a gap all the same.
    expect(answer.unanswered).toBe(true);
    expect(answerFromKnowledge('como pido la devolucion del saldo a favor de la renta').unanswered).toBe(
      false,
    );
  });

  it('prefers the entry of the year the question names', () => {
    expect(topId('quien debe declarar año gravable 2024')).toBe('quien-declara-ag-2024');
    expect(topId('quien debe declarar año gravable 2025')).toBe('quien-declara-ag-2025');
    // "renta 2025" in everyday speech is the return filed in 2025.
    expect(topId('plazos renta 2025')).toBe('plazos-personas-naturales-ag-2024');
    expect(topId('plazos año gravable 2025')).toBe('plazos-personas-naturales-ag-2025');
    expect(topId('sancion minima 2026')).toBe('sancion-minima-2026');
  });

  // Next season's who-must-file edition (AG 2026, filed in 2027) answers the questions that name its year;
  // without a year, the current season's edition (AG 2025) stays the answer.
  it.each([
    'quien tiene que declarar renta por el año gravable 2026',
    'cuales son los topes para la renta que se presenta en 2027',
    'ag 2026 topes en pesos',
  ])('answers «%s» from the AG 2026 edition, with the 2026 UVT and no 2027 calendar', (question) => {
    const answer = answerFromKnowledge(question);
    expect(answer.entryIds[0]).toBe('quien-declara-ag-2026');
    expect(answer.markdown).toContain(formatUvtInPesos(1_400, 2026));
    expect(answer.markdown).toContain('El calendario de 2027 **aún no está publicado**');
  });

  it.each([
    'tengo que declarar renta?',
    'cuales son los topes para declarar',
    'quien esta obligado a declarar',
  ])('keeps the current season (AG 2025) for «%s», which names no year', (question) => {
    expect(topId(question)).toBe('quien-declara-ag-2025');
  });

  it('reads the year intent of a question', () => {
    expect(detectYearIntent('topes año gravable 2025')).toEqual({ year: 2025, taxable: true });
    expect(detectYearIntent('AG 2024')).toEqual({ year: 2024, taxable: true });
    expect(detectYearIntent('renta 2026')).toEqual({ year: 2026, taxable: false, ambiguous: true });
    expect(detectYearIntent('formulario 210')).toBeUndefined();
  });

  it('returns scores best first and honours the limit', () => {
    const hits = searchKnowledge('formulario', 4);
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.length).toBeLessThanOrEqual(4);
    for (let index = 1; index < hits.length; index += 1) {
      expect(hits[index - 1]?.score).toBeGreaterThanOrEqual(hits[index]?.score ?? Number.POSITIVE_INFINITY);
    }
    expect(searchKnowledge('formulario', 0)).toEqual([]);
  });
});

describe('answerFromKnowledge', () => {
  it('answers with the entry, its sources, scope and check date', () => {
    const answer = answerFromKnowledge('¿Qué es la declaración sugerida?');
    expect(answer).toMatchObject({ matched: true, kind: 'answer' });
    expect(answer.entryIds[0]).toBe('declaracion-sugerida');
    expect(answer.markdown).toContain(entry('declaracion-sugerida').body);
    expect(answer.markdown).toMatch(/^Fuentes?: \[[^\]]+\]\(https:\/\/www\.dian\.gov\.co\/[^)]+\)/m);
    expect(answer.markdown).toContain('Aplica a: Personas naturales residentes');
    expect(answer.markdown).toContain('Verificado el 25 de noviembre de 2026');
    expect(answer.markdown).not.toMatch(/no está confirmada/);
  });

  it('warns when the data is not confirmed officially', () => {
    const answer = answerFromKnowledge('uvt 2026');
    expect(answer.entryIds[0]).toBe('uvt-2026');
    expect(answer.markdown).toMatch(/aún no está confirmada oficialmente/);
  });

  it('gives the exact date for a two-digit NIT ending, flagged when derived', () => {
    const answer = answerFromKnowledge('cuando tengo que declarar si mi nit termina en 45');
    expect(answer.markdown).toMatch(
      /^Tu plazo es el \*\*lunes 14 de septiembre de 2026\*\* \(año gravable 2025, NIT terminado en 45\)/,
    );
    expect(answer.markdown).toMatch(/fecha calculada, \*\*aún no confirmada oficialmente\*\*/);

    const published = answerFromKnowledge('plazos año gravable 2024, mi nit termina en 45');
    expect(published.entryIds[0]).toBe('plazos-personas-naturales-ag-2024');
    expect(published.markdown).toContain('viernes 12 de septiembre de 2025');
    expect(published.markdown).not.toMatch(/fecha calculada/);
  });

  it('asks for two digits when given only one', () => {
    const answer = answerFromKnowledge('cuando declaro si mi cedula termina en 5');
    expect(answer.markdown).toMatch(/dos últimos dígitos/);
    expect(answer.markdown).not.toMatch(/Tu plazo es/);
  });

  it('says so when the named year is not in the base', () => {
    const answer = answerFromKnowledge('uvt 2023');
    expect(answer.markdown).toMatch(/No tengo en mi base local datos para 2023/);
  });

  it('mentions a clearly related second entry', () => {
    const answer = answerFromKnowledge('recibo de pago');
    expect(answer.entryIds).toEqual(['formulario-490', 'como-pagar']);
    expect(answer.markdown).toContain(`También te puede servir: **${entry('como-pagar').title}**`);
  });

  it.each(['hola', 'Hola!', 'buenas tardes', 'Buenos días', 'hola, ¿qué puedes hacer?', 'ayuda'])(
    'greets "%s" and explains the offline mode',
    (message) => {
      const answer = answerFromKnowledge(message);
      expect(answer).toEqual({
        markdown: INTRO_MARKDOWN,
        entryIds: [],
        matched: false,
        kind: 'greeting',
        unanswered: false,
      });
      expect(answer.markdown).toMatch(/modo sin conexión/);
      expect(answer.markdown).toMatch(/base de conocimiento local/);
      expect(answer.markdown).toMatch(/UVT/);
      expect(answer.markdown).toMatch(/210, 110, 160, 260 y 490/);
    },
  );

  it('answers the question that follows a greeting', () => {
    const answer = answerFromKnowledge('Hola, ¿cómo pago la renta?');
    expect(answer.kind).toBe('answer');
    expect(answer.entryIds[0]).toBe('como-pagar');
    expect(answer.markdown.startsWith('¡Hola!')).toBe(true);
  });

  it.each(['gracias', 'Muchas gracias por la info', 'ok, gracias', 'chao'])(
    'thanks "%s" briefly',
    (message) => {
      const answer = answerFromKnowledge(message);
      expect(answer.kind).toBe('thanks');
      expect(answer.matched).toBe(false);
      expect(answer.markdown).toMatch(/Con gusto/);
      expect(answer.markdown.length).toBeLessThan(300);
    },
  );

  it.each([
    '¿Necesitas mi contraseña de la DIAN?',
    'te paso mi clave del portal para que revises',
    '¿Quieres mi número de cédula?',
    'te envío mis datos personales',
  ])('never asks for personal data: "%s"', (message) => {
    const answer = answerFromKnowledge(message);
    expect(answer.kind).toBe('privacy');
    expect(answer.markdown).toMatch(/no necesito ni debo recibir/);
    expect(answer.markdown).toContain('dos últimos dígitos');
    expect(answer.markdown).not.toMatch(/(?:envíame|dame|escribe) tu (?:cédula|contraseña|clave)/i);
  });

  it('does not reuse a full document number, but answers from its ending as the server guard keeps it', () => {
    const answer = answerFromKnowledge('mi cédula es 1.020.304.050, ¿cuándo declaro?');
    expect(answer.kind).toBe('privacy');
    expect(answer.markdown).toMatch(/no necesito ni debo recibir/);
    expect(answer.entryIds[0]).toBe('plazos-personas-naturales-ag-2025');
    expect(answer.markdown).not.toContain('1.020.304.050');
    expect(answer.markdown).toContain('Tu plazo es el **miércoles 16 de septiembre de 2026**');
  });

  it.each([
    ['mi cédula es [cédula oculta], ¿cuándo declaro?', false],
    ['Mi clave es [clave oculta], ¿puedes revisar mi declaración?', true],
  ])('says once what the guard already said when the data arrives masked: "%s"', (message, password) => {
    const answer = answerFromKnowledge(message);
    expect(answer.kind).toBe('privacy');
    const notice = privacyNotice(hiddenKinds(message));
    const whole = `${notice}${answer.markdown}`;
    // What the guard's notice says (not needed, two digits suffice) is not said again.
    expect(whole.match(/no (?:los )?necesito/gi)).toHaveLength(1);
    expect(answer.markdown).not.toMatch(/no necesito ni debo recibir|basta con los \*\*dos últimos dígitos/);
    expect(answer.markdown).toContain('servicios oficiales');
    expect(answer.markdown.includes('recuperación')).toBe(password);
  });

  it.each([
    'dame un concepto oficial de que no debo declarar',
    'certifícame que no tengo que pagar la multa',
    '¿Me garantizas que la DIAN no me va a sancionar?',
    'quítame la sanción por extemporaneidad',
    'necesito una opinión jurídica sobre mi caso',
    'asegúrame que la DIAN no me va a embargar',
  ])('declines to issue an official ruling: "%s"', (message) => {
    const answer = answerFromKnowledge(message);
    expect(answer.kind).toBe('ruling');
    expect(answer.markdown).toMatch(/No puedo emitir conceptos/);
    expect(answer.markdown).toMatch(/asistente \*\*informativo\*\*/);
    expect(answer.markdown).toContain('https://www.dian.gov.co');
  });

  it('handles a ruling request that also shares a document number', () => {
    const answer = answerFromKnowledge('certifícame que con cédula 1020304050 no tengo que declarar');
    expect(answer.kind).toBe('privacy');
    expect(answer.markdown).toMatch(/no necesito ni debo recibir/);
    expect(answer.markdown).toMatch(/No puedo emitir conceptos/);
    expect(answer.markdown).not.toContain('1020304050');
  });

  it.each(['receta de arepas', 'quién ganó el partido', 'como saco el pasaporte', 'cuéntame un chiste'])(
    'admits it does not know "%s" and points to DIAN',
    (message) => {
      const answer = answerFromKnowledge(message);
      expect(answer).toMatchObject({ matched: false, kind: 'not-found', entryIds: [] });
      expect(answer.markdown).toMatch(/No tengo información confiable/);
      expect(answer.markdown).toMatch(/reformular/);
      expect(answer.markdown).toContain('https://www.dian.gov.co');
      expect(answer.markdown).toContain(
        'https://www.dian.gov.co/Prensa/Aprendelo-en-un-DIAN-X3/Paginas/Abece-Canales-Autogestion.aspx',
      );
    },
  );

  // Errands next to the income tax, declined by their kind; the same subject tied to the return is answered.
  it.each([
    '¿cuánto cobra una notaría por autenticar un poder?',
    'cómo hago el testamento de mi papá',
    'qué fundación paga más intereses por un CDT',
    'cuándo pagan la renta ciudadana',
    'cómo pago la planilla de mi empleada',
    'cómo declara renta una fundación',
    'quiero facturar electrónicamente, cómo me habilito',
    'a cómo está el dólar hoy',
    'cuándo me pagan la prima de junio',
  ])('declines the errand "%s"', (message) => {
    expect(answerFromKnowledge(message).kind).toBe('not-found');
  });

  it.each([
    ['la notaría me pidió el paz y salvo de la DIAN para la sucesión', 'sucesiones-iliquidas'],
    ['retiré las cesantías, eso va en la renta?', 'cesantias'],
  ])('answers the errand tied to the return: "%s"', (message, entryId) => {
    const answer = answerFromKnowledge(message);
    expect(answer.kind).toBe('answer');
    if (entryId) expect(answer.entryIds[0]).toBe(entryId);
  });

  it.each(['buenos días, una consulta', 'hola, tengo una pregunta', 'mil gracias, me sirvió mucho'])(
    'reads "%s" as small talk',
    (message) => {
      expect(['greeting', 'thanks']).toContain(answerFromKnowledge(message).kind);
    },
  );

  it('only links to https pages', () => {
    const messages = [
      'hola',
      'uvt 2025',
      'como pago',
      'receta de arepas',
      'necesitas mi contraseña?',
      'gracias',
    ];
    for (const message of messages) {
      for (const match of answerFromKnowledge(message).markdown.matchAll(/\]\(([^)]+)\)/g)) {
        expect(match[1]).toMatch(/^https:\/\//);
      }
    }
  });
});
