import { describe, expect, it } from 'vitest';
import { answerFromKnowledge } from '../../lib/knowledge/answer';
import {
  asksAboutFilingObligation,
  asksAboutFilingThresholds,
  asksWhetherToFile,
  definedTerm,
} from '../../lib/knowledge/retrieval/intents';
import { canonicalTerm, PHRASES } from '../../lib/knowledge/retrieval/vocabulary';
import { analyzeQuery } from '../../lib/knowledge/retrieval/query';
import { correctTypo, sameWord } from '../../lib/knowledge/retrieval/typos';
import { vocabularyFingerprint } from '../../lib/knowledge/retrieval/vocabulary-fingerprint';
import REAL_WORD_LIST from '../../lib/knowledge/retrieval/real-words.json';
import { detectYearIntent } from '../../lib/knowledge/retrieval/years';
import { GLOSSARY, inSpanish } from '../../lib/knowledge/english';

/**
 * Retrieval on phrasings written apart from the entries and the evaluation sets: how citizens soften a
 * question, and errands that belong to other institutions.
 */
describe('offline assistant retrieval', () => {
  it.each([
    [
      'una pregunta, me podrían decir hasta cuándo hay plazo para declarar',
      'plazos-personas-naturales-ag-2025',
    ],
    ['disculpe la molestia, tengo una inquietud sobre la retención en la fuente', 'retencion-en-la-fuente'],
    ['necesitaría que me aclaren cuánto es la UVT de este año', 'uvt-2026'],
    ['le agradecería me indicara cómo pido la devolución del saldo a favor', 'saldo-a-favor'],
    ['oiga, y si no alcanzo a declarar a tiempo qué pasa', 'sancion-extemporaneidad'],
  ])('reads past the courtesy around "%s"', (question, entryId) => {
    const answer = answerFromKnowledge(question);
    expect(answer.kind).toBe('answer');
    expect(answer.entryIds[0]).toBe(entryId);
  });

  it.each([
    ['me devolvieron plata de la retención, ¿eso cómo funciona?', 'saldo-a-favor'],
    ['somos casados, ¿declaramos juntos o cada uno por aparte?', 'conyuges-declaran-por-separado'],
  ])('meets a conjugated verb through its infinitive: "%s"', (question, entryId) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe(entryId);
  });

  it('does not decline a question for words the entries only use in their prose', () => {
    const answer = answerFromKnowledge('vivo en Colombia con visa de nómada digital, ¿declaro renta?');
    expect(answer.kind).toBe('answer');
    expect(answer.entryIds[0]).toBe('extranjeros-residentes');
  });

  it.each([
    'cómo me cambio de EPS',
    'quiero pasarme de Porvenir a Colpensiones',
    'cómo pido cita en la eps',
    'cuál es la tasa de interés de un crédito de vivienda',
    'cómo saco la visa de trabajo',
    'cuánto me cobra un contador por hacer la renta',
    'me llegó un comparendo, cómo lo pago',
  ])('declines "%s", an errand for another institution', (question) => {
    expect(answerFromKnowledge(question)).toMatchObject({ kind: 'not-found', matched: false });
  });

  it.each([
    ['soy pensionado de Colpensiones, ¿tengo que declarar?', 'answer'],
    ['los intereses del crédito hipotecario se descuentan en la renta', 'answer'],
    ['tengo visa de residente, ¿soy residente fiscal?', 'answer'],
    ['la prima de servicios está exenta?', 'answer'],
  ])('still answers "%s", which ties that errand to the income tax', (question, kind) => {
    expect(answerFromKnowledge(question).kind).toBe(kind);
  });

  it.each([
    ['tengo un apartamento y una moto, ¿me toca declarar renta?', true],
    ['mi papá murió, ¿alguien tiene que declarar por él?', true],
    ['¿sigo obligado?', true],
    ['no debo nada, ¿igual tengo que presentarla?', true],
    ['¿tengo que declarar el carro que compré?', false],
    ['¿cuándo tengo que declarar?', false],
    ['recibí una herencia, ¿tengo que declararla?', false],
  ])('reads whether "%s" asks if one must file at all', (question, asks) => {
    expect(asksWhetherToFile(question)).toBe(asks);
  });

  // (q1) A question that ends by asking whether someone files, the obligation left implicit.
  it.each([
    ['mi hermano es estudiante y tiene un carro y un apartamento, ¿él declara?', true],
    ['soy alemán, vivo en Cartagena y me pagan desde afuera, ¿declaro en Colombia?', true],
    ['soy francesa, nunca he declarado renta acá, ¿me toca?', true],
    ['mi mamá tiene una pensión pequeña y una finca, ¿ella también declara?', true],
    ['¿en qué mes se declara renta en Colombia?', false],
    ['¿cómo declaro en Colombia lo que gano afuera?', false],
    ['esas cédulas del formulario de renta qué son? yo solo tengo sueldo, ¿en cuál me toca?', false],
    ['me toca?', false],
  ])('reads whether "%s" ends by asking if someone files', (question, asks) => {
    expect(asksAboutFilingObligation(question)).toBe(asks);
  });

  it.each([
    ['mi hermano es estudiante y tiene un carro y un apartamento, ¿él declara?', /^quien-declara-ag-/],
    ['mi papá es pensionado y tiene una casa, ¿él declara?', /^quien-declara-ag-|^pensionados$/],
    [
      'soy alemán, vivo en Cartagena y trabajo para una empresa de Alemania, ¿declaro en Colombia?',
      /^extranjeros-residentes$/,
    ],
    [
      'soy gringa, me vine a Bogotá y trabajo remoto para una empresa de USA, nunca he declarado renta, ¿me toca?',
      /^extranjeros-residentes$/,
    ],
  ])('answers "%s", a bare filing question, from the entry on who files', (question, entry) => {
    expect(answerFromKnowledge(question).entryIds[0]).toMatch(entry);
  });

  // (q1) «Tocaba / tocaría» and a year said as «lo del 2025» after the verb still ask whether to file.
  it.each([
    ['tengo una moto y trabajo en Rappi, ¿me tocaba declarar lo del 2025?', true],
    ['¿me tocaría declarar lo de 2025 si gané 40 millones?', true],
    ['¿a mi mamá le tocaba hacer la renta del año pasado?', true],
    ['¿tengo que declarar lo que gané en el exterior?', false],
  ])('reads whether "%s" asks if one must file at all', (question, asks) => {
    expect(asksWhetherToFile(question)).toBe(asks);
  });

  // (q1) Leaving to work or study abroad, or having lived abroad, is living abroad like «vivo en España».
  it.each([
    'me fui a trabajar a España el año pasado, ¿sigo declarando en Colombia?',
    'me fui para Canadá en marzo, ¿todavía tengo que declarar aquí?',
    'me fui a estudiar a Alemania hace dos años, ¿me toca declarar renta en Colombia?',
    'viví en Chile casi todo el 2025 y volví en noviembre, ¿soy residente fiscal?',
    'vivía en México y regresé en octubre, ¿tengo que declarar en Colombia?',
  ])('reads "%s" as living abroad', (question) => {
    expect(analyzeQuery(question).terms.map(({ term }) => term)).toContain('noresidente');
  });

  it.each([
    'me fui para Canadá en marzo, ¿todavía tengo que declarar aquí?',
    'me fui a estudiar a Alemania hace dos años, ¿me toca declarar renta en Colombia?',
    'vivía en México y regresé en octubre, ¿tengo que declarar en Colombia?',
  ])('answers "%s" from the entry on Colombians abroad', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe('colombianos-en-el-exterior');
  });

  // (q1) A family business is a business, not the spouse that «familia» names for a joint return.
  it.each([
    'trabajo en el negocio familiar y me pagan en efectivo, tengo que declarar?',
    'a mi cuenta llega la plata del negocio de la familia, eso cuenta pal tope?',
    'la empresa familiar me consigna a mi cuenta, eso me obliga a declarar renta?',
    'trabajo en la empresa de la familia, me toca declarar?',
  ])('reads "%s" as a business, not as a couple', (question) => {
    const terms = analyzeQuery(question).terms.map(({ term }) => term);
    expect(terms).toContain('negocio');
    expect(terms).not.toContain('familia');
    expect(answerFromKnowledge(question).entryIds[0]).not.toBe('conyuges-declaran-por-separado');
  });

  // (q1) A first job is the citizen's story (not the «prima»); never having done it is a first time.
  it.each([
    ['es mi primer trabajo formal, ¿cómo sé si tengo que declarar?', /^quien-declara-ag-/],
    ['tengo 20 años y este es mi primer empleo, ¿debo hacer la declaración?', /^quien-declara-ag-/],
    ['acabo de empezar mi primer trabajo, ¿me toca declarar renta?', /^quien-declara-ag-/],
    ['explíquenme cómo hago la declaración en la página, nunca lo he hecho', /^declarar-en-linea$/],
  ])('answers "%s", a first-timer, from the entry on who files or how to file', (question, entry) => {
    expect(answerFromKnowledge(question).entryIds[0]).toMatch(entry);
  });

  it.each([
    ['¿los topes se cuentan con lo que gané o con lo que me quedó?', true],
    ['cuál es el tope de ingresos pa la renta de este año', true],
    ['a partir de cuánto patrimonio hay que declarar', true],
    ['mis ahorros en varias cuentas pasan del tope, ¿eso cuenta para declarar?', true],
    ['¿el 25 % exento del salario tiene tope?', false],
    ['cuál es el tope de las deducciones en la declaración', false],
    ['el tope de 1.340 UVT para las rentas exentas', false],
  ])('reads whether "%s" asks about the filing thresholds', (question, asks) => {
    expect(asksAboutFilingThresholds(question)).toBe(asks);
  });

  it.each([
    'desde cuánto patrimonio toca hacer la declaración',
    'el tope de patrimonio para declarar, ¿cuánto es? tengo una casa y una moto',
    'mis topes se miden con el sueldo bruto o con el neto?',
  ])('answers "%s", a threshold asked in everyday words, from who must file', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toMatch(/^quien-declara-ag-/);
  });

  it('answers who must file when the question only tells the things one owns', () => {
    expect(answerFromKnowledge('tengo un apartamento y una moto, ¿me toca declarar renta?').entryIds[0]).toBe(
      'quien-declara-ag-2025',
    );
  });

  it('answers a definition asked at the end of a story from the entry named after the term', () => {
    expect(answerFromKnowledge('mi contador me habló de la UVT, ¿qué es la UVT?').entryIds[0]).toBe(
      'uvt-2026',
    );
  });

  it('reads a year named as when the return is filed as the season of the year before', () => {
    expect(detectYearIntent('la renta que presento en septiembre de 2026')).toEqual({
      year: 2026,
      taxable: false,
      filing: true,
    });
    expect(
      answerFromKnowledge('cuánto es la UVT para la declaración que se presenta en 2026').entryIds[0],
    ).toBe('uvt-2025');
  });

  it.each([
    'cuánto hay que haber ganado en el 2025 para declarar',
    'mis ingresos del 2025 fueron 60 millones, ¿declaro?',
    'me consignaron 30 millones durante el 2025',
    'lo que facturé de este 2025 cuenta completo?',
    '¿me tocaba declarar lo del 2025?',
  ])('reads the year of what one earned or received in "%s" as the taxable year', (question) => {
    expect(detectYearIntent(question)).toEqual({ year: 2025, taxable: true });
  });

  it.each([
    'quién está obligado a declarar renta por el 2025',
    'me toca declarar x el año 2025?',
    'soy residente por el 2025, qué declaro',
    'a 31 de diciembre de 2025 tenía un apartamento, ¿cuenta?',
    'al 31 de dic del 2025 estaba inscrito en el IVA',
    'estuve sin trabajo todo el 2025, ¿me salvo?',
    'durante el año 2025 viví afuera',
    'what is the income threshold to file a tax return for 2025',
    'do I have to file for tax year 2025',
    "what's the filing threshold for the 2025 tax year",
  ])('reads the year a return is for, or its year-end, in "%s" as the taxable year', (question) => {
    expect(detectYearIntent(inSpanish(question))).toEqual({ year: 2025, taxable: true });
  });

  it.each([
    'lo que gané el año pasado, ¿cuenta completo para los topes?',
    'trabajé solo 6 meses del año pasado, ¿cuenta completo?',
    'el año pasado me consignaron 80 millones',
    'durante el año anterior tuve dos trabajos',
  ])('reads a fact of last year in "%s" as the taxable year the season just past filed', (question) => {
    expect(detectYearIntent(question)).toEqual({ year: 2025, taxable: true });
  });

  it.each(['declaré el año pasado, ¿este año también?', 'la renta del año pasado no la presenté'])(
    'leaves the return of last year in "%s" without a year',
    (question) => {
      expect(detectYearIntent(question)).toBeUndefined();
    },
  );

  it.each([
    'el año pasado cambié de trabajo y en uno me retuvieron y en el otro no, ¿dónde veo cuánto me retuvieron en total?',
    'en 2025 cambié de trabajo y en uno me retuvieron y en el otro no, ¿dónde veo cuánto me retuvieron en total?',
    'durante el 2025 me retuvieron en un trabajo y en el otro no, ¿dónde veo el total?',
  ])('does not let a rule dated to the year asked outrank the undated entry in "%s"', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).not.toBe('loterias-premios');
  });

  it.each([
    'en cuánto está la uvt con la que se hace la declaración que presento este año',
    '¿qué UVT uso para la renta que presento este año?',
    'cuánto vale la uvt de la declaración que presento este año',
  ])('answers "%s" with the UVT of the year before the filing season', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe('uvt-2025');
  });

  it.each([
    'me inscribí como responsable de IVA este año 2026, ¿me toca declarar renta?',
    'este año 2026 empecé a facturar, ¿declaro?',
    'abrí un negocio este año 2026',
  ])('reads a fact of "este año 2026" in "%s" as that taxable year', (question) => {
    expect(detectYearIntent(question)).toEqual({ year: 2026, taxable: true });
  });

  it.each([
    ['la renta que se presentó entre agosto y octubre de este 2026 era por lo que gané en 2025?', 2026],
    ['la declaración que presenté en agosto de este año usa la UVT de 2025 o de 2026?', 2026],
    ['la que declaré en julio de este año', 2026],
    ['la renta de este año 2026', undefined],
  ])('reads the season a return was filed in in "%s"', (question, year) => {
    const intent = detectYearIntent(question);
    if (year === undefined) expect(intent?.taxable).toBe(false);
    else expect(intent).toEqual({ year, taxable: false, filing: true });
  });

  it.each([
    'quién está obligado a declarar renta x el 2025?',
    'a 31 de dic de 2025 estaba como responsable de iva pero vendí poquito, ¿me toca la renta?',
    'what is the income threshold to file a tax return in colombia for 2025',
  ])('answers "%s" from who files for that taxable year, not the season filed in it', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe('quien-declara-ag-2025');
  });

  it.each([
    'cuánto hay q haber ganado en el 2025 pa q le toque a uno declarar',
    'con cuánto tiene que hacer la renta uno, lo del 2025 digo',
  ])('answers "%s" from who files for that taxable year', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe('quien-declara-ag-2025');
  });

  it.each([
    'no presenté la renta del 2021, qué hago ahora',
    'nunca he declarado y desde hace 4 años me tocaba, cómo me pongo al día',
    'no declaré en 2022 ni en 2023, ya eso prescribió?',
  ])('answers "%s", a season left behind, from catching up on past years', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe('anos-sin-declarar');
  });

  it.each([
    'cómo declaro impuestos en Estados Unidos',
    'mi prima vive en Alemania, ¿cuánto paga de impuestos allá en Alemania?',
    '¿se pagan impuestos allá en Canadá por un sueldo de allá?',
    'cuánto pago de aduana por un portátil que compré en Amazon',
    'cómo calculo las vacaciones de mi empleada doméstica',
    'cuál es la tasa de usura vigente',
    'cuánto me descuentan de salud y pensión en la nómina',
    'cómo presento la declaración de renta de mi empresa SAS',
  ])('declines "%s", a subject outside personas naturales\' income tax', (question) => {
    expect(answerFromKnowledge(question)).toMatchObject({ kind: 'not-found', matched: false });
  });

  it.each([
    // Read as asking whether to file since q1: the entry on Colombians living abroad answers it.
    ['vivo en Estados Unidos, ¿declaro en Colombia?', 'colombianos-en-el-exterior'],
    ['las cesantías que me consignaron se declaran?', 'cesantias'],
    ['pagué impuestos en España, ¿los puedo descontar?', 'cuentas-en-el-exterior'],
    ['pagué impuestos allá en España, ¿los puedo descontar aquí?', 'cuentas-en-el-exterior'],
    ['mi empleada doméstica la puedo poner como dependiente?', 'deducciones-rentas-exentas'],
    ['cuánto puedo descontar por aportes voluntarios a pensión', 'aportes-voluntarios-afc'],
  ])('still answers "%s", which ties that subject to the income tax', (question, entryId) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe(entryId);
  });

  it.each([
    ['pasé 190 días en Colombia el año pasado, ¿ya soy residente?', 'residencia-fiscal'],
    ['estuve 4 meses en Medellín y 8 por fuera, ¿cuento como residente fiscal?', 'residencia-fiscal'],
    ['salí del país en mayo y regresé a Colombia en noviembre, ¿sigo siendo residente?', 'residencia-fiscal'],
    ['¿cómo se cuentan los días si viajo mucho y quiero saber si soy residente?', 'residencia-fiscal'],
    ['me vine a Colombia en marzo, ¿cuándo paso a ser residente?', 'residencia-fiscal'],
  ])('reads days and trips in and out of the country as the residence test: "%s"', (question, entryId) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe(entryId);
  });

  it.each([
    ['como sé si me aplicaron bien la retención de mi sueldo', 'retencion-en-la-fuente'],
    ['¿a mí me aplica la retención si gano 3 millones?', 'retencion-en-la-fuente'],
    ['¿cómo sé si me aplicaron bien la exención del 25 %?', 'renta-exenta-laboral-25'],
    ['¿la DIAN tiene aplicación para el celular?', 'canales-oficiales-dian'],
  ])('reads «aplicar» as using what is named, and an app still as an app: "%s"', (question, entryId) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe(entryId);
  });

  it.each([
    ['la sugerida ya trae lo que me retuvieron?', 'declaracion-sugerida'],
    ['en la sugerida vienen las retenciones o hay que ponerlas?', 'declaracion-sugerida'],
    ['la declaracion sugerida trae todos mis ingresos?', 'declaracion-sugerida'],
  ])('reads «trae» as what the suggested return contains: "%s"', (question, entryId) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe(entryId);
  });

  it('leaves the DIAN noticing a missing return to the omisos, not to exógena', () => {
    expect(answerFromKnowledge('que pasa si nunca declaro y la dian se da cuenta').entryIds[0]).not.toBe(
      'informacion-exogena',
    );
  });

  it('reads the year a stay began as the story, not the year asked about', () => {
    expect(detectYearIntent('vivo aquí desde 2019, ¿cuándo declaro?')).toBeUndefined();
    expect(detectYearIntent('llevo en Colombia desde el 2023, ¿qué formulario uso en 2026?')?.year).toBe(
      2026,
    );
    expect(detectYearIntent('¿qué cambió en la renta 2025?')?.year).toBe(2025);
  });

  it.each([
    '¿la contraseña con la que entro al portal es la misma clave de la firma electrónica?',
    'la clave de la firma y la contraseña de la dian son distintas?',
    'qué diferencia hay entre la contraseña del muisca y la firma electrónica',
  ])('reads «%s», comparing two secrets without sharing one, as account help', (question) => {
    const answer = answerFromKnowledge(question);
    expect(answer.kind).toBe('answer');
    expect(answer.entryIds[0]).toMatch(/^(?:firma-electronica-ciclo|cuenta-muisca-contrasena)$/);
  });

  it.each([
    'hice toda la declaración pero no la firmé, ¿ya quedó presentada?',
    'la dejé sin firmar en el portal, ¿cuenta como presentada?',
    'se me fue la luz y no alcancé a firmar la renta, ¿quedó hecha?',
  ])('answers «%s», a return left unsigned, from the signature entry', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe('firma-electronica-ciclo');
  });

  it.each([
    '¿hacer la declaración es lo mismo que pagar impuesto?',
    'me toca declarar, ¿eso quiere decir que si declaro me toca pagar sí o sí?',
    'oí que declarar no es pagar, ¿es cierto?',
  ])('answers «%s», whether filing means paying, from who files or the zero return', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toMatch(
      /^(?:declaracion-sin-ingresos|quien-declara-ag-2025)$/,
    );
  });

  it.each([
    'la renta me sale en cero, ¿igual tengo que presentarla?',
    'si me da cero a pagar, ¿para qué declaro?',
    'mi declaración da impuesto en cero, ¿la presento o no?',
  ])('answers «%s», a return that owes nothing, from the zero return', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe('declaracion-sin-ingresos');
  });

  it.each([
    'quiero sacar el rut desde la casa, sin tener que ir a la dian',
    'no tengo rut todavía, ¿qué hago primero?',
    'me toca sacar rut sin ir a ninguna oficina, ¿se puede?',
  ])('answers «%s», registering in the RUT online, from the registration entry', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe('inscripcion-rut');
  });

  it.each([
    'mi abuela solo recibe la pensión de Colpensiones, ¿le toca declarar?',
    'no estoy segura si me toca declarar este año',
    'no sé si tengo que declarar, trabajo en un restaurante',
  ])('answers «%s», whether one must file told with a story, from who files', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe('quien-declara-ag-2025');
  });

  it('reads a password the portal asks of someone not registered as account help', () => {
    const answer = answerFromKnowledge('me pide usuario y contraseña y no me he registrado nunca');
    expect(answer.kind).toBe('answer');
    expect(answer.entryIds[0]).toBe('cuenta-muisca-contrasena');
  });

  it.each([
    ['cuánto cobran por la demora en la declaración', 'sancion-extemporaneidad'],
    ['cuánto cobran por retraso en el pago de la renta', 'interes-moratorio'],
  ])('reads a delay by what was late: "%s"', (question, entryId) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe(entryId);
  });
});

/**
 * Two branches that each teach the same phrase or English word merge into two definitions, and only one of
 * them is ever read (the first phrase, the last glossary line): the other silently stops working (m1).
 */
describe('one meaning per phrase and per English expression', () => {
  const conflicts = (pairs: ReadonlyArray<readonly [string, string]>): string[] => {
    const meaning = new Map<string, string>();
    const found: string[] = [];
    for (const [key, value] of pairs) {
      const earlier = meaning.get(key);
      if (earlier !== undefined && earlier !== value) found.push(`${key}: «${earlier}» / «${value}»`);
      meaning.set(key, value);
    }
    return found;
  };

  it('defines no phrase twice with different concepts', () => {
    expect(
      conflicts(PHRASES.map(([phrase, replacement]) => [phrase, replacement.join(' ')] as const)),
    ).toEqual([]);
  });

  it('defines no English expression twice with different Spanish', () => {
    expect(conflicts(GLOSSARY)).toEqual([]);
  });
});

/**
 * The typo corrector turns a word the base lacks into the closest one it knows; a real Spanish word the
 * citizen meant is not a typo and must not become a different word of the base.
 */
describe('typo correction of real words', () => {
  it('uses a real-word list built against the vocabulary the index has now', () => {
    // Stale after an entry changed the vocabulary: run `npx tsx scripts/build-real-words.ts` and commit it.
    expect(REAL_WORD_LIST.vocabulary).toBe(vocabularyFingerprint());
  });

  it.each([
    ['caro', 'carro'],
    ['palos', 'pagos'],
    ['mito', 'moto'],
    ['cuarenta', 'cuenta'],
    ['eventos', 'exentos'],
    ['caja', 'casa'],
    ['radio', 'radico'],
    ['hablan', 'habian'],
  ])('leaves the real word "%s" alone instead of reading "%s"', (word, collision) => {
    expect(correctTypo(word, false)?.word).toBe(collision);
    expect(correctTypo(word)).toBeUndefined();
  });

  it.each([
    ['plasos', 'plazos'],
    ['sansion', 'sancion'],
    ['decalracion', 'declaracion'],
    ['formulairo', 'formulario'],
    ['estemporaneidad', 'extemporaneidad'],
    // Rare real words that are also two swapped letters of a word of the base.
    ['calve', 'clave'],
    ['embrago', 'embargo'],
  ])('still corrects the typo "%s" to "%s"', (word, fixed) => {
    expect(correctTypo(word)?.word).toBe(fixed);
  });

  it.each([
    ['retenian', 'retencion'],
    ['demoran', 'demora'],
    ['presente', 'presenta'],
  ])('still reads the real word "%s" as its other form "%s"', (word, form) => {
    expect(sameWord(word, form)).toBe(true);
    expect(correctTypo(word)?.word).toBe(form);
  });

  it.each([
    'dicto clase en un colegio y en una universidad, ¿cómo declaro los dos trabajos?',
    'doy clases en dos colegios, tengo dos empleadores, ¿cómo declaro?',
  ])('reads a teacher\'s «clase» as the class taught, not a password: "%s"', (question) => {
    expect(analyzeQuery(question).terms.map(({ term }) => term)).not.toContain(canonicalTerm('clave'));
    expect(answerFromKnowledge(question).entryIds[0]).toBe('dos-empleadores');
  });

  it.each([
    'puedo declarar antes de mi fecha o tiene que ser justo ese dia',
    'se puede presentar la declaracion antes de la fecha o exactamente ese dia',
    'declaro justo el ultimo dia, me multan?',
  ])('reads «justo» / «exactamente» as sharpening a when, not as a joint return: "%s"', (question) => {
    const terms = analyzeQuery(question).terms.map(({ term }) => term);
    expect(terms).not.toContain('conjunta');
    expect(analyzeQuery(question).unknownWords).toBe(0);
  });

  it.each([
    'trabajo en un hospital y en una clinica, en los dos me descuentan retencion, como declaro',
    'tengo contrato con una empresa y otro con una fundacion y en ambas me pagan salario, se suma todo?',
    'soy docente de catedra en dos universidades, como declaro?',
    'soy profesor en un colegio y tambien dicto clases en un instituto, tengo que sumar los dos ingresos?',
    'trabajo de planta en una empresa y los sabados dicto clase en una universidad, eso se declara junto?',
  ])(
    'reads two paid jobs (two places that pay, a teacher\'s «hora cátedra») as two employers: "%s"',
    (question) => {
      expect(answerFromKnowledge(question).entryIds[0]).toBe('dos-empleadores');
    },
  );
});

describe('an item to report, or the month to file in, after «tengo que declarar» (f1)', () => {
  it.each([
    ['mi contador dice que tengo que declarar exactamente lo que dice la exogena, es obligatorio?', false],
    ['tengo que declarar todo lo que me consignaron?', false],
    ['tengo que declarar solo lo del sueldo o tambien lo del arriendo?', false],
    ['tengo que declarar tambien el carro?', false],
    ['la firma se me vencio y me toca declarar en septiembre, todavia la renuevo por internet?', false],
    ['debo declarar en agosto, donde saco el 220?', false],
    ['tengo que declarar antes de octubre, como pago?', false],
    ['vivo en españa, me toca declarar en colombia?', true],
    ['tengo que declarar la renta este año?', true],
    ['gano 5 millones al mes, tengo que declarar?', true],
  ])('reads whether "%s" asks if one must file at all', (question, asks) => {
    expect(asksWhetherToFile(question)).toBe(asks);
  });
});

describe('what was withheld, asked whether it comes off the tax', () => {
  it.each([
    'la retencion que me hicieron en el año se descuenta del impuesto?',
    'lo que me retuvieron en el trabajo se resta de la renta?',
    'las retenciones que me practicaron se abonan al impuesto o se pierden?',
  ])('answers «%s» from the withholding entry', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe('retencion-en-la-fuente');
  });

  it('leaves a donation taken off the tax to its own entry', () => {
    expect(answerFromKnowledge('la donacion a una fundacion se descuenta del impuesto?').entryIds[0]).toBe(
      'donaciones-descuento',
    );
  });
});

describe('a return already filed: something left out, or not paid yet', () => {
  it.each([
    'ya declare pero se me olvido incluir unos intereses del banco, que hago',
    'ya presente la renta y no inclui un cdt, como lo arreglo',
    'declare pero no puse lo del arriendo, que hago',
  ])('answers «%s» from the corrections entry', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe('correcciones');
  });

  it.each([
    'presente la declaracion pero no la he pagado, que pasa',
    'ya la presente pero no la pague porque no tenia plata, que pasa',
    'la presente a tiempo y todavia no la he pagado, me cobran algo?',
  ])('answers «%s» from the late-payment interest entry', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe('interes-moratorio');
  });

  it('does not take «no declaré… y no pagué» for a return filed', () => {
    expect(answerFromKnowledge('no declare el año pasado y no pague nada, que pasa').entryIds[0]).not.toBe(
      'interes-moratorio',
    );
  });
});

describe('money a relative abroad sends', () => {
  it.each([
    'recibo plata de mi hermano que vive en usa, eso se declara?',
    'mi hija me manda dolares desde espana cada mes, tengo que declarar eso?',
    'mi mama trabaja en chile y me envia plata, pago impuesto?',
  ])('answers «%s» from the remittances entry', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe('remesas-del-exterior');
  });

  it('leaves a relative abroad without money sent to the entries on living abroad', () => {
    expect(answerFromKnowledge('mi hermano vive en canada, yo tengo que declarar?').entryIds[0]).not.toBe(
      'remesas-del-exterior',
    );
  });
});

describe('how much before one must file, and before the tax starts', () => {
  it.each([
    'hasta cuanto puedo ganar sin declarar',
    'cuanta plata puedo tener sin declarar',
    'el patrimonio de cuanto tiene que ser para declarar',
    'cuanto tengo que tener para que me toque declarar',
  ])('answers «%s» with the who-must-file test', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toMatch(/^quien-declara-ag-/);
  });

  it.each(['a partir de cuanto se paga impuesto de renta', 'desde que salario se paga renta'])(
    'answers «%s» with the rate table',
    (question) => {
      expect(answerFromKnowledge(question).entryIds[0]).toBe('tarifa-renta-art-241');
    },
  );

  it('leaves how many papers one needs to file to the documents entry', () => {
    expect(answerFromKnowledge('cuantos documentos necesito para declarar').entryIds[0]).toBe(
      'documentos-para-declarar',
    );
  });

  it('leaves what happens to one who goes on not filing to the penalty', () => {
    expect(answerFromKnowledge('que pasa si sigo sin declarar').entryIds[0]).toBe('sancion-por-no-declarar');
  });
});

describe('a Colombian settled abroad who asks about residence or filing (f4)', () => {
  it.each([
    'vivo en mexico hace 4 años, todavia soy residente fiscal en colombia?',
    'llevo 3 años viviendo en alemania, sigo declarando renta aca?',
    'resido en panama y casi todo lo que gano es de arriendos en colombia, sigo siendo residente?',
    'trabajo en estados unidos desde 2019, me toca declarar en colombia?',
  ])('answers «%s» from the entry on Colombians abroad', (question) => {
    expect(analyzeQuery(question).terms.map(({ term }) => term)).toContain('emigr');
    expect(answerFromKnowledge(question).entryIds[0]).toBe('colombianos-en-el-exterior');
  });

  it.each([
    // Living abroad is context for another errand.
    'vivo en madrid y se me olvido la clave de la firma electronica, como la recupero',
    // A move told with its month asks how that year's days count.
    'me fui a vivir a chile en junio del año pasado, cuento los dias para ser residente?',
    // Proving the residence abroad is leaving the residence's errand.
    'vivo en chile hace dos años, como demuestro ante la dian que ya no soy residente',
    // A foreigner's home country is not where they emigrated.
    'soy venezolano, vivo en caracas y tengo un apartamento en bogota, soy residente?',
  ])('does not read «%s» as a Colombian settled abroad', (question) => {
    expect(analyzeQuery(question).terms.map(({ term }) => term)).not.toContain('emigr');
  });
});

describe('a foreigner who tells a stay in Colombia and asks about the tax (f4)', () => {
  it.each([
    'soy canadiense y llevo 8 meses viviendo en cartagena, tengo que declarar renta aca?',
    "I'm an American living in Bogota for a year working remotely, do I have to file taxes in Colombia?",
    'soy extranjero, nomada digital, estoy en medellin desde hace 7 meses, soy residente fiscal?',
    // Income from abroad told beside the stay does not outweigh it.
    'soy aleman, vivo en cali hace un año trabajando remoto para una empresa de alemania, tengo que declarar aca?',
    'soy mexicana y vivo en bogota hace 3 años trabajando remoto pa una empresa de mexico, me toca declarar renta?',
  ])('answers «%s» from the entry on foreigners living here', (question) => {
    expect(analyzeQuery(inSpanish(question)).terms.map(({ term }) => term)).toContain('expatri');
    expect(answerFromKnowledge(question).entryIds[0]).toBe('extranjeros-residentes');
  });

  it.each([
    // No tax asked: the office or the phone line is the channels' question.
    "Hi, I'm an expat living in Bogota. Where is the DIAN office?",
    // A month of arrival told asks how that year's days count.
    'soy venezolano, llegue a colombia en marzo del 2025, soy residente por ese año?',
  ])('does not read «%s» as a foreigner living here', (question) => {
    expect(analyzeQuery(inSpanish(question)).terms.map(({ term }) => term)).not.toContain('expatri');
  });
});

describe('filing or paying from abroad (f4)', () => {
  it.each([
    'se puede presentar la declaracion desde españa?',
    'vivo en miami, puedo hacer la renta desde alla por internet?',
    'como hago para declarar desde otro pais',
  ])('answers «%s» from the entry on Colombians abroad', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe('colombianos-en-el-exterior');
  });

  it.each([
    'puedo pagar la renta desde estados unidos con tarjeta?',
    'estoy en canada, como hago para pagar desde aca el 490?',
    'vivo en españa, como pago desde aca el impuesto si no tengo cuenta en colombia',
  ])('answers «%s» from the entry on paying from another country', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe('pagos-desde-exterior-y-no-reflejados');
  });
});

describe('an account held abroad (f4)', () => {
  it.each([
    'tengo una cuenta de ahorros en españa, eso se declara?',
    'mis ahorros estan en un banco de panama, la dian se entera?',
    'abri una cuenta en un banco de estados unidos, tengo que reportarla?',
  ])('reads «%s» as an asset abroad and answers from the accounts abroad', (question) => {
    expect(analyzeQuery(question).terms.map(({ term }) => term)).toContain('activosexterior');
    expect(answerFromKnowledge(question).entryIds[0]).toBe('cuentas-en-el-exterior');
  });

  it('leaves money a relative sends to an account here to the remittances entry', () => {
    const question = 'mi hermano me manda plata desde usa a mi cuenta de bancolombia, eso se declara?';
    expect(analyzeQuery(question).terms.map(({ term }) => term)).not.toContain('activosexterior');
    expect(answerFromKnowledge(question).entryIds[0]).toBe('remesas-del-exterior');
  });
});

describe('whether filing means paying, and «no estoy seguro si…» as an indirect question (f4)', () => {
  it.each([
    'declarar implica pagar algo?',
    'si me toca declarar tambien me toca pagar?',
    'el hecho de declarar significa que voy a pagar impuesto?',
  ])('answers «%s» with who files and that a return may owe nothing', (question) => {
    expect(analyzeQuery(question).terms.map(({ term }) => term)).toContain('declararnoespagar');
    expect(answerFromKnowledge(question).entryIds[0]).toMatch(
      /^(?:quien-declara-ag-|declaracion-sin-ingresos$)/,
    );
  });

  it.each(['si declaro tarde me toca pagar multa?', 'ya declare y me toca pagar, como pago?'])(
    'leaves «%s» to how, when or why one pays',
    (question) => {
      expect(analyzeQuery(question).terms.map(({ term }) => term)).not.toContain('declararnoespagar');
    },
  );

  it.each([
    'no estoy seguro si debo declarar, como lo verifico yo mismo',
    'no tengo claro si me toca declarar este año',
    'tengo la duda si debo hacer la renta con lo que gane',
  ])('answers «%s» with the who-must-file test', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toMatch(/^quien-declara-ag-/);
  });
});

describe('being spared the return asks whether one must file (f4)', () => {
  it.each([
    'si gane menos de 50 millones quedo exento de declarar?',
    'los estudiantes se libran de hacer la renta?',
    'con un solo empleo me libro de la declaracion?',
  ])('reads «%s» as asking whether to file', (question) => {
    expect(asksWhetherToFile(question)).toBe(true);
    expect(answerFromKnowledge(question).entryIds[0]).toMatch(/^quien-declara-ag-/);
  });

  it('leaves an exempt income to its own question', () => {
    expect(asksWhetherToFile('la prima esta exenta de renta?')).toBe(false);
  });
});

describe('the thresholds asked as gross or net, and what counts toward them (f4)', () => {
  it.each([
    'el tope de ingresos es bruto o neto?',
    'para ver si declaro cuento lo que me pagan o lo que me queda despues de impuestos?',
    'los topes se miran antes de gastos o despues de gastos?',
  ])('answers «%s» with the who-must-file test, which counts gross figures', (question) => {
    expect(analyzeQuery(question).terms.map(({ term }) => term)).toContain('brut');
    expect(answerFromKnowledge(question).entryIds[0]).toMatch(/^quien-declara-ag-/);
  });

  it.each([
    'lo que me consignan en nequi cuenta para declarar?',
    'la plata de la tarjeta de credito suma pal tope?',
    'quiero saber si declaro con lo que gane este año',
  ])('reads «%s» as asking about the thresholds', (question) => {
    expect(asksAboutFilingObligation(question)).toBe(true);
    expect(answerFromKnowledge(question).entryIds[0]).toMatch(/^quien-declara-ag-/);
  });
});

describe('the signing step failing is the signature’s errand (f4)', () => {
  it.each([
    'la firma electronica no me funciona, me sale un mensaje de error',
    'intento firmar la declaracion y me la rechaza',
    'cuando voy a firmar la renta me dice que la firma esta bloqueada',
    'me sale error al firmar la 210',
  ])('answers «%s» from the signature’s cycle', (question) => {
    const terms = analyzeQuery(question).terms.map(({ term }) => term);
    expect(terms).toContain('sinfirmar');
    expect(terms).not.toContain('falla');
    expect(answerFromKnowledge(question).entryIds[0]).toBe('firma-electronica-ciclo');
  });

  it('leaves a portal that fails with no signature told to the portal’s failure', () => {
    const terms = analyzeQuery('la pagina de la dian me sale error y no carga').terms.map(({ term }) => term);
    expect(terms).toContain('falla');
    expect(terms).not.toContain('sinfirmar');
  });
});

describe('a report from a bank one never had an account with (f4)', () => {
  it.each([
    'el borrador trae un cdt de un banco donde nunca he tenido cuenta',
    'me reportaron intereses de un banco donde no tengo cuenta',
    'en la exogena sale un banco en el que ni siquiera tengo cuenta',
  ])('answers «%s» as a wrong report in the exógena', (question) => {
    expect(analyzeQuery(question).terms.map(({ term }) => term)).toContain('reporteerrado');
    expect(answerFromKnowledge(question).entryIds[0]).toBe('informacion-exogena');
  });
});

describe('whether one needs a bookkeeper (f4)', () => {
  it.each([
    'es obligatorio que un contador me firme la renta?',
    'puedo declarar sin contador?',
    'me toca pagar un contador para declarar?',
  ])('answers «%s» from the bookkeeper entry', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe('contador-para-declarar');
  });

  it('leaves a bookkeeper who only tells the story out of the question', () => {
    const terms = analyzeQuery('mi contador me dijo que ya vence el plazo, cuando es?').terms;
    expect(terms.map(({ term }) => term)).not.toContain('contador');
  });
});

describe('what one needs ready before filing, with words between (f4)', () => {
  it.each([
    'q necesito tener listo para meterme a declarar en la pagina? ya tengo el rut',
    'que me piden para poder hacer la declaracion en la pagina',
    'que tengo que tener a mano antes de empezar a declarar',
  ])('answers «%s» from the filing steps', (question) => {
    expect(analyzeQuery(question).terms.map(({ term }) => term)).toContain('comodeclarar');
    expect(answerFromKnowledge(question).entryIds[0]).toBe('declarar-en-linea');
  });
});

describe('tax paid abroad, asked whether it is taken off here (f4)', () => {
  it.each([
    'en estados unidos me cobraron impuesto por mis intereses, lo puedo restar aca?',
    'el impuesto que pague en chile se descuenta en la renta de colombia?',
    'me descontaron impuestos afuera por mi sueldo, se resta aca para no pagar dos veces?',
  ])('answers «%s» from the accounts abroad (art. 254)', (question) => {
    expect(analyzeQuery(question).terms.map(({ term }) => term)).toContain('254');
    expect(answerFromKnowledge(question).entryIds[0]).toBe('cuentas-en-el-exterior');
  });

  it('leaves withholding done here to its own credit', () => {
    const question = 'la retencion que me hizo mi empresa se descuenta del impuesto?';
    expect(analyzeQuery(question).terms.map(({ term }) => term)).not.toContain('254');
  });
});

describe('what one has abroad, said as «lo que tengo afuera» (f4)', () => {
  it.each([
    'si soy residente tengo que declarar lo que tengo en el exterior?',
    'lo que tengo afuera tambien va en la declaracion?',
    'los residentes declaran lo que tienen fuera del pais?',
  ])('answers «%s» from the assets abroad', (question) => {
    expect(analyzeQuery(question).terms.map(({ term }) => term)).toContain('activosexterior');
    expect(answerFromKnowledge(question).entryIds[0]).toMatch(/^(?:cuentas-en-el-exterior|formulario-160)$/);
  });
});

describe('a property held abroad (f4)', () => {
  it.each([
    'mi casa en estados unidos la tengo que poner en la declaracion?',
    'tengo un inmueble en chile, como se declara?',
    'tengo una propiedad en panama que arriendo, como la declaro?',
  ])('answers «%s» from the accounts and assets abroad', (question) => {
    expect(analyzeQuery(question).terms.map(({ term }) => term)).toContain('activosexterior');
    expect(answerFromKnowledge(question).entryIds[0]).toBe('cuentas-en-el-exterior');
  });
});

describe('«what do I need to file» in English asks for the filing steps (f4)', () => {
  it.each([
    'what do I need to file my tax return online?',
    'what do you need to file taxes in Colombia as a resident?',
    'I just moved here, what do I need to file with the DIAN online?',
  ])('answers «%s» from the filing steps', (question) => {
    expect(inSpanish(question)).toContain('necesit');
    expect(answerFromKnowledge(question).entryIds[0]).toBe('declarar-en-linea');
  });

  it('keeps «do I need to file?» as whether one must file', () => {
    expect(inSpanish('Do I need to file?')).toBe('tengo que declarar?');
  });
});

describe('no income said with words between (f4)', () => {
  it.each([
    'tengo un apartamento pero ningun ingreso, igual declaro?',
    'con cero ingresos en el año tengo que presentar algo?',
    'tengo un carro y una moto sin tener ingresos, debo declarar?',
  ])('answers «%s» from the zero return', (question) => {
    expect(analyzeQuery(question).terms.map(({ term }) => term)).toContain('enceros');
    expect(answerFromKnowledge(question).entryIds[0]).toBe('declaracion-sin-ingresos');
  });
});

describe('a term told first and asked after is a definition question (f5)', () => {
  it.each([
    ['el rut pa q sirve?', 'rut'],
    ['la firma electronica esa q es', 'firmaelectronica'],
    ['oye la uvt q es?', 'uvt'],
    ['esas cedulas del formulario de renta q son?', 'cedul'],
  ])('reads «%s» as defining %s', (question, term) => {
    expect(definedTerm(question)).toBe(term);
  });

  it('still reads «¿qué es la UVT?» and leaves a question with no definition alone', () => {
    expect(definedTerm('que es la uvt')).toBe('uvt');
    expect(definedTerm('cuando declaro la renta')).toBeUndefined();
  });
});
