/**
 * Retrieval over the bundled knowledge base: BM25F over light Spanish stems, with a synonym and phrase
 * layer for how citizens actually write ("la 210", "fecha límite", "no vivo en Colombia"), typo tolerance
 * and a confidence gate so that a question the base cannot answer gets no hit instead of a wrong one.
 *
 * The index is built once when the module loads; searching is synchronous and allocation-light.
 */
import { KNOWLEDGE_ENTRIES } from './entries';
import { KNOWLEDGE_TOPICS } from './topics';
import type { KnowledgeEntry } from './schema';
import { inSpanish } from './english';
import { damerauLevenshtein, isStopword, normalize, stem, tokenize, wordList } from './text';

export interface KnowledgeHit {
  entry: KnowledgeEntry;
  score: number;
}

// ---------------------------------------------------------------------------------------------------
// Vocabulary normalisation, applied to entries and questions alike.

/**
 * Multi-word expressions that mean one thing. Matched on stems, so plurals and gender variants of the
 * phrase match too. An empty replacement deletes the phrase (greetings must not read as "tarde" = late).
 */
const BASE_PHRASES: ReadonlyArray<readonly [phrase: string, replacement: readonly string[]]> = [
  ['buenas tardes', []],
  ['buenas noches', []],
  ['buenos dias', []],
  ['buen dia', []],
  // "No me dejan restar…" asks why something is not allowed; "dejar" is not the topic.
  ['no me dejan', []],
  // When something happened is context: "el año pasado" must not read as "pasar".
  ['ano pasado', []],
  ['medio tiempo', []],
  ['al final', []],
  // How or how much in all, and a change of job, are the story around the question, not its topic.
  ['en efectivo', []],
  ['en total', []],
  // What the money was for is context: a gift "para la cuota inicial" is still a gift.
  ['cuota inicial', []],
  ['cambie de trabajo', []],
  ['cambie de empleo', []],
  ['tiempo completo', []],
  // "Recibo" with what is received is the verb (income), not the payment receipt (form 490).
  ['recibo mi', ['ingreso']],
  ['recibo mis', ['ingreso']],
  ['solo recibo', ['ingreso']],
  ['yo recibo', ['ingreso']],
  // What someone else takes from one's payment is a withholding; "puedo descontar" is a deduction.
  ['me descuentan', ['retencion']],
  ['me descontaron', ['retencion']],
  ['me quitan', ['retencion']],
  ['me quitaron', ['retencion']],
  // Being paid is income received, not a payment to DIAN.
  ['me pagan', ['ingreso']],
  ['me pagaron', ['ingreso']],
  ['mes pasado', []],
  // "No alcancé a declarar": the citizen ran out of time.
  ['no alcance a', ['extemporaneo']],
  ['no alcanzo a', ['extemporaneo']],
  ['no alcanzamos a', ['extemporaneo']],
  // "A tiempo" is "by the deadline"; "tiempo" alone asks how long something takes or lasts.
  ['a tiempo', ['plazo']],
  ['no me deja', []],
  ['fecha limite', ['plazo']],
  // The popular name for the calendar by NIT digits, borrowed from traffic rules.
  ['pico y placa', ['plazo']],
  ['fecha maxima', ['plazo']],
  ['ultimo dia', ['plazo']],
  ['hasta cuando', ['plazo']],
  // "¿En qué mes…?" asks when, like "¿cuándo…?": the month is the answer sought, not a topic.
  ['en que mes', ['plazo']],
  ['que mes', ['plazo']],
  ['para cuando', ['plazo']],
  ['no residente', ['noresidente']],
  ['no resido en colombia', ['noresidente']],
  ['no resido', ['noresidente']],
  ['no soy residente', ['noresidente']],
  ['no vivo en colombia', ['noresidente']],
  ['vivo fuera', ['noresidente']],
  ['vivo afuera', ['noresidente']],
  ['vivo en el exterior', ['noresidente']],
  ['vivo en el extranjero', ['noresidente']],
  ['resido en el exterior', ['noresidente']],
  ['resido en el extranjero', ['noresidente']],
  ['activos en el exterior', ['activosexterior']],
  ['activos en el extranjero', ['activosexterior']],
  ['activos fuera del pais', ['activosexterior']],
  ['bienes en el exterior', ['activosexterior']],
  ['bienes en el extranjero', ['activosexterior']],
  ['bienes fuera del pais', ['activosexterior']],
  ['cuenta en el exterior', ['activosexterior']],
  ['cuenta en el extranjero', ['activosexterior']],
  ['inversiones en el exterior', ['activosexterior']],
  ['firma electronica', ['firmaelectronica']],
  ['portal transaccional', ['muisca']],
  ['servicios en linea', ['muisca']],
  ['en linea', ['enlinea']],
  ['por internet', ['enlinea']],
  // Not going to an office is doing it online: "sin ir a la DIAN", "desde la casa".
  ['sin ir a la dian', ['enlinea']],
  ['sin ir a una oficina', ['enlinea']],
  ['sin salir de casa', ['enlinea']],
  ['desde la casa', ['enlinea']],
  ['desde mi casa', ['enlinea']],
  ['desde casa', ['enlinea']],
  ['registro unico tributario', ['rut']],
  ['numero de identificacion tributaria', ['nit']],
  ['digito de verificacion', ['dv']],
  ['unidad de valor tributario', ['uvt']],
  ['direccion de impuestos y aduanas nacionales', ['dian']],
  ['ano gravable', ['gravable']],
  ['periodo gravable', ['gravable']],
  ['informacion exogena', ['exogena']],
  ['regimen simple de tributacion', ['simple']],
  ['regimen simple', ['simple']],
  ['me equivoque', ['correccion']],
  // Forgetting to put something in a filed return is fixed with a correction; forgetting to file is filing late.
  ['olvide incluir', ['correccion']],
  ['olvide poner', ['correccion']],
  ['olvide reportar', ['correccion']],
  ['se me olvido incluir', ['correccion']],
  ['se me olvido poner', ['correccion']],
  ['se me olvido reportar', ['correccion']],
  ['olvide declarar', ['extemporaneo', 'declar']],
  ['se me olvido declarar', ['extemporaneo', 'declar']],
  ['tengo que declarar', ['obligado', 'declar']],
  ['tengo que ganar', ['ingreso', 'obligado']],
  ['hay que ganar', ['ingreso', 'obligado']],
  ['debo ganar', ['ingreso', 'obligado']],
  ['me toca declarar', ['obligado', 'declar']],
  ['toca declarar', ['obligado', 'declar']],
  ['le toca declarar', ['obligado', 'declar']],
  ['les toca declarar', ['obligado', 'declar']],
  // "Debe" is in every entry's prose ("debes pagar", "debe firmarse"); only next to "declarar" does it ask
  // whether one is obliged to file. Matched on stems: "debo/debe/deben/debería declarar".
  ['debo declarar', ['obligado', 'declar']],
  ['deberia declarar', ['obligado', 'declar']],
  ['tiene que declarar', ['obligado', 'declar']],
  ['tienen que declarar', ['obligado', 'declar']],
  // Having to do the return, in any of its names, is the obligation to file.
  ['tengo que hacer la renta', ['obligado', 'declar', 'rent']],
  ['tengo que hacer la declaracion', ['obligado', 'declar']],
  ['tengo que presentar', ['obligado', 'declar']],
  ['me toca hacer la renta', ['obligado', 'declar', 'rent']],
  ['me toca presentar', ['obligado', 'declar']],
  ['debo presentar', ['obligado', 'declar']],
  ['debo hacer la renta', ['obligado', 'declar', 'rent']],
  ['obliga a declarar', ['obligado', 'declar']],
  ['presentar la declaracion', ['declar']],
  ['presentar la renta', ['declar', 'rent']],
  ['como declaro', ['comodeclarar', 'declar']],
  ['que necesito para declarar', ['comodeclarar', 'declar']],
  ['hacer la declaracion', ['comodeclarar', 'declar']],
  // "La renta" is what citizens call the return itself.
  ['hacer la renta', ['comodeclarar', 'declar', 'rent']],
  ['hacer mi renta', ['comodeclarar', 'declar', 'rent']],
  ['como declarar', ['comodeclarar', 'declar']],
  ['como presento la declaracion', ['comodeclarar', 'declar']],
  ['como hago la declaracion', ['comodeclarar', 'declar']],
  ['no declare', ['nodeclarar']],
  ['no declaro', ['nodeclarar']],
  ['no he declarado', ['nodeclarar']],
  ['no declarar', ['nodeclarar']],
  ['no presente', ['nodeclarar']],
  ['no presento', ['nodeclarar']],
  ['sin declarar', ['nodeclarar']],
  ['sin presentar la declaracion', ['nodeclarar']],
  ['se me paso', ['extemporaneo']],
  ['pago despues', ['pagar', 'extemporaneo']],
  ['pagar despues', ['pagar', 'extemporaneo']],
  ['pago tarde', ['pagar', 'extemporaneo']],
  // The amount due on a return is paid, not a balance in favour.
  ['saldo a pagar', ['pagar']],
  ['valor a pagar', ['pagar']],
  // Paying less tax is what deductions and exempt income are for; "no paga impuesto" is an exemption.
  ['pagar menos', ['deduccion']],
  ['no paga impuesto', ['exento']],
  ['no pagan impuesto', ['exento']],
  // A concept of its own that the base does not cover; it must not read as "salario" (income).
  ['salario minimo', ['salariominimo']],
  ['gano el minimo', ['salariominimo']],
  ['gana el minimo', ['salariominimo']],
  // Countries people name for money abroad: the topic is "abroad", whichever the country.
  ['estados unidos', ['exterior']],
  ['en usa', ['exterior']],
  ['en espana', ['exterior']],
  ['en panama', ['exterior']],
  // Being of age is who the question is about, not a topic ("todos los mayores de edad declaran?").
  ['mayor de edad', []],
  ['mayores de edad', []],
  // A delay is named by what was late: the return (a late-filing penalty) or the payment (late interest).
  ['retraso en la declaracion', ['extemporaneo', 'declar']],
  ['retraso en declarar', ['extemporaneo', 'declar']],
  ['demora en la declaracion', ['extemporaneo', 'declar']],
  ['demora en declarar', ['extemporaneo', 'declar']],
  ['retraso en el pago', ['interes', 'pagar']],
  ['retraso en pagar', ['interes', 'pagar']],
  ['demora en el pago', ['interes', 'pagar']],
  ['demora en pagar', ['interes', 'pagar']],
  ['fuera de plazo', ['extemporaneo']],
  ['despues del plazo', ['extemporaneo']],
  ['a destiempo', ['extemporaneo']],
];

/** Words that are the same concept for retrieval. Looked up by the exact word, then by its stem. */
const BASE_CANONICAL: Readonly<Record<string, string>> = {
  plazo:
    'plazo plazos vencimiento vencimientos vence vencen vencer fecha fechas calendario empieza empiezan comienza comienzan inicia inician arranca arrancan temporada',
  // "Se me venció la firma" is about something expired, not about a filing deadline.
  vencido: 'vencio vencido vencida vencidos vencidas',
  sancion: 'sancion sanciones multa multas castigo penalidad penalizacion sancionado',
  extemporaneo: 'extemporaneo extemporanea extemporaneidad tarde tardio tardia atrasado atrasada',
  formulario: 'formulario formularios form formato formatos',
  pagar: 'pagar pago pagos pague pagando pagarlo pagarla pagas paga pagan pagado',
  correccion:
    'correccion correcciones corregir corrijo corrige corregirla corregido corregida arreglar arreglo arreglarla arreglarlo',
  deduccion: 'deduccion deducciones deducir deducible deducibles deduzco',
  exento: 'exento exenta exentos exentas exencion exenciones',
  firmaelectronica: 'firma firmas firmar firmo fe',
  enlinea: 'internet online virtual virtualmente web celular movil app aplicacion computador',
  obligado: 'obligado obligada obligados obligadas tope topes requisito requisitos',
  ingreso: 'ingreso ingresos sueldo sueldos salario salarios nomina',
  sugerida: 'sugerida sugerido borrador prellenada precargada prediligenciada',
  exogena: 'exogena exogenas',
  gravable: 'gravable ag',
  simple: 'simple rst',
  interes: 'interes intereses mora moratorio moratorios',
  uvt: 'uvt uvts',
  asalariado: 'asalariado asalariada asalariados empleado empleada empleados trabajador trabajadora',
  reajuste: 'reajuste reajusta reajustan sube suben subio aumenta aumento incremento',
  // Leaving the country: the days of entry and exit count toward the 183 (art. 10 ET). Not "me salió",
  // which is a result ("me salió saldo a favor").
  salida: 'salida salidas salgo salir',
  // The letters DIAN sends: "me llegó un oficio de la DIAN".
  carta: 'carta cartas oficio oficios',
  diligenciar: 'diligenciar diligencio diligencia diligencian llenar lleno llena relleno',
  // "Mensual" is how an amount is given ("sueldo mensual"), rarely the topic: one concept with "mes".
  mes: 'mes meses mensual mensuales mensualmente',
  imprimir: 'imprimir imprimo imprimirla impresa impreso impresion',
};

const PHRASES = [...BASE_PHRASES, ...KNOWLEDGE_TOPICS.flatMap((topic) => topic.phrases ?? [])];

/** The base's synonyms with each topic's added: a term two places define gets both word lists. */
const CANONICAL: Readonly<Record<string, string>> = KNOWLEDGE_TOPICS.reduce<Record<string, string>>(
  (merged, topic) => {
    for (const [term, words] of Object.entries(topic.synonyms ?? {})) {
      merged[term] = merged[term] === undefined ? words : `${merged[term]} ${words}`;
    }
    return merged;
  },
  { ...BASE_CANONICAL },
);

interface Hint {
  terms: ReadonlyArray<readonly [term: string, weight: number]>;
  keep: boolean;
}

/**
 * Query-side hints: a word suggests a concept without being it ("extranjero" may be a non-resident or
 * may own assets abroad). Weighted below 1 so that a hint alone never makes a confident match.
 * `keep: false` drops the word itself: "ganó" must not match "ganancias ocasionales".
 * Each group reads: the words, then `term:weight` pairs.
 */
const HINT_GROUPS: ReadonlyArray<readonly [words: string, terms: string, keep: boolean]> = [
  ['quien quienes kien kienes', 'obligado:0.5', false],
  ['ganar gano gane gana ganando ganado ganaba ganan', 'ingreso:0.6', false],
  // "Trabajo de mesero", "trabajo en Canadá": working says there is income; "rentas de trabajo" is a phrase.
  ['trabajo trabaja trabajan trabajar trabajando trabaje trabajado', 'ingreso:0.5', false],
  ['dia', 'plazo:0.5', false],
  // Weak: foreigners who live here have their own entry; a foreigner may also be a non-resident.
  ['extranjero extranjera extranjeros', 'noresidente:0.4', true],
  ['exterior', 'activosexterior:0.5 noresidente:0.4', true],
  ['cedula', 'nit:0.6', true],
  ['recibo', 'pagar:0.7 490:0.7', true],
  ['cancelar', 'pagar:0.6', true],
  ['portal', 'muisca:0.6', true],
  ['usuario', 'muisca:0.5', true],
  ['error errores equivoque equivocado equivocacion', 'correccion:0.7', true],
  ['mal', 'correccion:0.6', false],
  [
    'correo mensaje mensajes llamada llamaron escribieron contactaron whatsapp sms estafa fraude falso falsa real',
    'canal:0.6',
    true,
  ],
  ['modificar', 'correccion:0.6', true],
  ['retraso demora', 'extemporaneo:0.6 interes:0.6', true],
  [
    'descontar descuenta descuento restar resta rebajar rebaja rebajan bajar baja bajan reducir reduce',
    'deduccion:0.6',
    true,
  ],
  ['beneficio', 'deduccion:0.5 exento:0.5', true],
];

const HINTS = new Map<string, Hint>();
for (const [words, terms, keep] of HINT_GROUPS) {
  const parsed = wordList(terms).map((pair) => {
    const [term = '', weight = ''] = pair.split(':');
    return [term, Number(weight)] as const;
  });
  for (const word of wordList(words)) HINTS.set(word, { terms: parsed, keep });
}

/** Form numbers citizens say on their own: "la 210", "el 490". */
const KNOWN_FORMS = new Set(['110', '160', '210', '220', '260', '300', '350', '490']);
const FORM_HINT_WEIGHT = 0.5;

const OBLIGATION_TERM = 'obligado';
// "¿Cuándo…?" asks for a date; "qué pasa cuando…" does not.
const CUANDO_BLOCKERS = new Set(['pasa', 'pasaria', 'sucede', 'ocurre']);

interface PhrasePattern {
  stems: readonly string[];
  replacement: readonly string[];
}

const PHRASE_PATTERNS: readonly PhrasePattern[] = PHRASES.map(([phrase, replacement]) => ({
  stems: tokenize(phrase).map(stem),
  replacement,
})).sort((a, b) => b.stems.length - a.stems.length);

// A concept a citizen spelt out in several words ("tengo que declarar", "fecha límite") says more about what
// is asked than any one word does: it weighs more than a single word's term. Measured on the development
// set split in two: 1.3–1.7 all help the half not looked at; 2 starts to hurt the other.
const PHRASE_WEIGHT = 1.5;

const MIN_SHARED_STEM = 4;
const CANONICAL_BY_WORD = new Map<string, string>();
const CANONICAL_BY_STEM = new Map<string, string>();
for (const [term, words] of Object.entries(CANONICAL)) {
  for (const word of wordList(words)) {
    CANONICAL_BY_WORD.set(word, term);
    // A stem of three letters is a different word's too ("mesadas" → "mes", as in "meses"): only the
    // exact word then stands for the term.
    const wordStem = stem(word);
    if (wordStem.length >= MIN_SHARED_STEM && !CANONICAL_BY_STEM.has(wordStem))
      CANONICAL_BY_STEM.set(wordStem, term);
  }
}

// A phrase's replacement is a term ("portal transaccional" → "muisca"); the same word typed alone must
// reach that term, not its stem ("muisc"), or the phrase and the word would be two concepts.
const PHRASE_TERMS: ReadonlySet<string> = new Set(PHRASES.flatMap(([, replacement]) => replacement));

// A word meets a synonym by its stem only when the two differ by an inflection ("vencimientos"), not by a
// derivation: "diferencia" must not read as "diferir" (to pay in instalments).
const MAX_INFLECTION = 3;

function canonicalTerm(word: string): string {
  const wordStem = stem(word);
  return (
    CANONICAL_BY_WORD.get(word) ??
    (PHRASE_TERMS.has(word) ? word : undefined) ??
    (word.length - wordStem.length <= MAX_INFLECTION ? CANONICAL_BY_STEM.get(wordStem) : undefined) ??
    wordStem
  );
}

interface AnalyzedToken {
  /** The word as typed (normalised), or undefined for a phrase replacement. */
  surface: string | undefined;
  term: string;
  weight: number;
}

function matchPhrase(stems: readonly string[], start: number): PhrasePattern | undefined {
  return PHRASE_PATTERNS.find(
    (pattern) =>
      pattern.stems.length <= stems.length - start &&
      pattern.stems.every((value, k) => stems[start + k] === value),
  );
}

// A month or a weekday dates the story ("en agosto de 2026", "murió en marzo"); the year beside it steers
// ranking (see `detectYearIntent`), and the word itself is no topic.
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  wordList(`
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
    lunes martes miercoles jueves viernes sabado domingo ayer manana
  `),
);

// Years steer ranking through `appliesTo` (see `yearFactor`); as plain terms they would count twice.
const YEAR_TOKEN = /^20\d{2}$/;
// In a question, a one- or two-digit number is a NIT ending only right after words like "termina en";
// elsewhere ("80 millones") it must not match the deadline tables.
const SHORT_NUMBER = /^\d{1,2}$/;
const NIT_CONTEXT_STEMS = new Set(['termin', 'acab', 'finaliz', 'digit', 'nit', 'cedul', 'numer']);
const NIT_CONTEXT_LOOKBACK = 3;
const PERCENT_MARK = 'porciento';
// Commas inside numbers ("1,5") and thousands separators are not clause breaks.
const CLAUSE_BREAK = /[;¿?¡!]|,(?!\d)|\.(?!\d)/;
const AMOUNT_UNITS = new Set(wordList('millon millones mil pesos palos salarios'));

const PHONE_MIN_DIGITS = 7;

function isPhoneNumberGroup(tokens: readonly string[], index: number): boolean {
  if (!/^\d+$/.test(tokens[index] ?? '')) return false;
  let start = index;
  while (start > 0 && /^\d+$/.test(tokens[start - 1] ?? '')) start -= 1;
  let end = index;
  while (/^\d+$/.test(tokens[end + 1] ?? '')) end += 1;
  if (start === end) return false;
  return tokens.slice(start, end + 1).join('').length >= PHONE_MIN_DIGITS;
}

// "Año gravable 2025", "AG 2025": the year steers ranking (see `yearFactor`); "gravable" beside it is part of
// naming the year, not a topic, or every entry titled "año gravable" would outrank the one asked about.
const TAXABLE_TERM = 'gravable';

function precedesYear(tokens: readonly string[], index: number): boolean {
  const next = tokens[index] ?? '';
  return YEAR_TOKEN.test(next) || (['de', 'del'].includes(next) && YEAR_TOKEN.test(tokens[index + 1] ?? ''));
}

function followsNitContext(stems: readonly string[], index: number): boolean {
  for (let back = 1; back <= NIT_CONTEXT_LOOKBACK; back += 1) {
    if (NIT_CONTEXT_STEMS.has(stems[index - back] ?? '')) return true;
  }
  return false;
}

/**
 * The shared analysis. For entries (`forQuery` false) a hint only replaces the words it drops, so both
 * sides share one vocabulary; weighted guesses about what a citizen means apply to questions only.
 */
function analyze(text: string, forQuery: boolean): AnalyzedToken[] {
  // "Mi cédula es…, ¿cuándo declaro?": each clause may open with its own "cuándo".
  return text.split(CLAUSE_BREAK).flatMap((clause) => analyzeClause(clause, forQuery));
}

function analyzeClause(text: string, forQuery: boolean): AnalyzedToken[] {
  // "25 %" is a rate ("el 25 % exento"): marked so that the number stays a term like "72 UVT" does.
  const tokens = tokenize(text.replace(/(\d)\s*(?:%|por ciento)/g, `$1 ${PERCENT_MARK}`));
  const stems = tokens.map(stem);
  const out: AnalyzedToken[] = [];
  let seenContent = false;
  let blocked = false;
  let askedWhen = false;
  let index = 0;
  while (index < tokens.length) {
    const phrase = matchPhrase(stems, index);
    if (phrase) {
      const next = index + phrase.stems.length;
      for (const term of phrase.replacement) {
        // "¿Cuándo tengo que declarar?" asks for the date, not whether one is obliged to file.
        if (askedWhen && term === OBLIGATION_TERM) continue;
        if (forQuery && term === TAXABLE_TERM && precedesYear(tokens, next)) continue;
        out.push({ surface: undefined, term, weight: forQuery ? PHRASE_WEIGHT : 1 });
      }
      if (phrase.replacement.length > 0) seenContent = true;
      index += phrase.stems.length;
      continue;
    }
    const word = tokens[index] ?? '';
    index += 1;
    // A phone number typed in groups ("601 307 8064") is how the citizen called, not a form or a figure.
    if (forQuery && isPhoneNumberGroup(tokens, index - 1)) continue;
    if (CUANDO_BLOCKERS.has(word)) blocked = true;
    if (word === 'cuando') {
      if (!seenContent && !blocked) {
        out.push({ surface: undefined, term: 'plazo', weight: 1 });
        askedWhen = true;
      }
      continue;
    }
    const hint = HINTS.get(word);
    if (hint && (forQuery || !hint.keep)) {
      for (const [term, weight] of hint.terms)
        out.push({ surface: undefined, term, weight: forQuery ? weight : 1 });
    }
    if ((hint && !hint.keep) || isStopword(word) || YEAR_TOKEN.test(word)) continue;
    if (forQuery && canonicalTerm(word) === TAXABLE_TERM && precedesYear(tokens, index)) continue;
    if (word === PERCENT_MARK) continue;
    const isRate = tokens[index] === PERCENT_MARK;
    if (forQuery && SHORT_NUMBER.test(word) && !isRate && !followsNitContext(stems, index - 1)) continue;
    // "100 millones" is the citizen's amount, not the "100" of a form number or a UVT figure.
    if (forQuery && /^\d+$/.test(word) && AMOUNT_UNITS.has(tokens[index] ?? '')) continue;
    if (forQuery && CALENDAR_WORDS.has(word)) continue;
    seenContent = true;
    out.push({ surface: word, term: canonicalTerm(word), weight: 1 });
    if (forQuery && KNOWN_FORMS.has(word))
      out.push({ surface: undefined, term: 'formulario', weight: FORM_HINT_WEIGHT });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Intents: what the question's main clause asks, which outweighs the things it mentions.

/**
 * The question asks whether one must file at all: "¿me toca declarar?", "¿debo hacer la renta?", "¿sigo
 * obligado?". Not when the verb has an object of its own ("¿tengo que declarar el carro?" asks how one
 * item is reported), which is a narrower question about that item.
 */
const FILING_OBLIGATION_QUESTION =
  /^(?!.*\b(?:cuando|que dia|hasta que|fecha)\b).*\b(?:(?:toca|debo|debe|deben|deberia|deberian|tengo que|tiene que|tienen que|necesito|obliga a|obligad[oa]s? a)\s+(?:declarar|hacer (?:la |mi )?(?:renta|declaracion)|presentar (?:la |mi )?(?:renta|declaracion))\b(?!\s+(?:el|la|los|las|mi|mis|un|una|eso|esa|esos|esas|lo)\s+(?!renta\b|declaracion\b))|(?:estoy|esta|estan|estaria|sigo|sigue|quedo|queda|soy|seria) obligad[oa]s?\b(?!\s+a\s+(?!declarar))|(?:obligad[oa]s?|obliga) (?:o no|a declarar)\s*$)/;
/** The terms of the filing obligation itself; every other term of such a question is its situation. */
const OBLIGATION_INTENT_TERMS: ReadonlySet<string> = new Set([OBLIGATION_TERM, 'declar', 'rent']);
// The situation still ranks the entries written for it (a pensioner's, a foreigner's) above the general
// one when they also answer who files; it only stops a car or a CDT from being the topic.
const SITUATION_WEIGHT = 0.6;
// "Obligado" and "declarar" are in most entries' prose and weigh little: the intent itself ranks the
// entries that answer it, as much as their example questions ask it.
const FILING_INTENT_BONUS = 1;

/**
 * "¿Qué es la UVT?", "¿qué significa exógena?", even inside a long story: the question asks for a
 * definition, and the entries named after the term are the ones that define it.
 */
const DEFINITION_QUESTION =
  /\b(?:que (?:es|son|significa|significan|quiere decir)|(?:cuanto|a como) (?:es|vale|valia|valio|esta|quedo|queda|va)|valor (?:de|del))\s+(?:eso de |esa |ese |esto de )?(?:el |la |los |las |un |una )?(.+)$/;
// Weighed by the term's share of the title: "Valor de la UVT" is about the UVT, a long title that ends in
// "1.340 UVT" uses it as a unit.
const DEFINITION_BONUS = 0.7;

/** The term a question asks to define, if it asks for a definition. */
function definedTerm(question: string): string | undefined {
  for (const clause of normalize(question).split(CLAUSE_BREAK)) {
    const match = DEFINITION_QUESTION.exec(tokenize(clause).join(' '));
    const first = match?.[1] === undefined ? undefined : analyzeClause(match[1], true)[0];
    if (first) return first.term;
  }
  return undefined;
}

/** Whether the question asks if one must file, as its main intent. */
export function asksWhetherToFile(question: string): boolean {
  return FILING_OBLIGATION_QUESTION.test(tokenize(question).join(' '));
}

// ---------------------------------------------------------------------------------------------------
// The index.

type Field = 'title' | 'questions' | 'keywords' | 'body';
const FIELDS: readonly Field[] = ['title', 'questions', 'keywords', 'body'];
// Titles, example questions and keywords are written to be matched; the body is written to be read.
const FIELD_WEIGHT: Readonly<Record<Field, number>> = { title: 3, questions: 2, keywords: 2, body: 1 };
const FIELD_B: Readonly<Record<Field, number>> = { title: 0.3, questions: 0.5, keywords: 0.3, body: 0.75 };
const K1 = 1.2;

export interface YearScope {
  taxable: number | undefined;
  filing: number | undefined;
  /** Other years named, e.g. "Año 2026" for a UVT. */
  plain: readonly number[];
  /** "Vigente desde 2023", "Año gravable 2024 en adelante". */
  openFrom: number | undefined;
}

interface IndexedEntry {
  entry: KnowledgeEntry;
  tf: Readonly<Record<Field, ReadonlyMap<string, number>>>;
  length: Readonly<Record<Field, number>>;
  years: YearScope;
  /** Id without its year, shared by the yearly editions of one topic ("uvt", "quien-declara-ag"). */
  family: string;
  familyYear: number | undefined;
}

/** The years an entry's `appliesTo` covers, read from its Spanish wording. */
export function entryYearScope(entry: KnowledgeEntry): YearScope {
  const text = normalize(entry.appliesTo);
  const years = [...text.matchAll(/\b(20\d{2})\b/g)].map((match) => Number(match[1]));
  if (/\bdesde\b|en adelante|a partir/.test(text) && years.length > 0) {
    return { taxable: undefined, filing: undefined, plain: [], openFrom: Math.min(...years) };
  }
  const taxableMatch = /gravable (20\d{2})/.exec(text);
  const filingMatch = /declaracion (?:de|en) (20\d{2})/.exec(text);
  const taxable = taxableMatch ? Number(taxableMatch[1]) : undefined;
  const filing = filingMatch ? Number(filingMatch[1]) : undefined;
  return {
    taxable,
    filing,
    plain: years.filter((year) => year !== taxable && year !== filing),
    openFrom: undefined,
  };
}

function termCounts(texts: readonly string[]): { counts: Map<string, number>; length: number } {
  const counts = new Map<string, number>();
  let length = 0;
  for (const text of texts) {
    for (const token of analyze(text, false)) {
      counts.set(token.term, (counts.get(token.term) ?? 0) + 1);
      length += 1;
    }
  }
  return { counts, length };
}

function buildIndex(entries: readonly KnowledgeEntry[]) {
  const indexed: IndexedEntry[] = entries.map((entry) => {
    const fieldTexts: Record<Field, readonly string[]> = {
      title: [entry.title],
      questions: entry.questions,
      keywords: entry.keywords,
      body: [entry.body],
    };
    const tf = {} as Record<Field, ReadonlyMap<string, number>>;
    const length = {} as Record<Field, number>;
    for (const field of FIELDS) {
      const { counts, length: fieldLength } = termCounts(fieldTexts[field]);
      tf[field] = counts;
      length[field] = fieldLength;
    }
    const yearInId = /-(20\d{2})$/.exec(entry.id);
    return {
      entry,
      tf,
      length,
      years: entryYearScope(entry),
      family: entry.id.replace(/-20\d{2}$/, ''),
      familyYear: yearInId ? Number(yearInId[1]) : undefined,
    };
  });

  const averageLength = {} as Record<Field, number>;
  for (const field of FIELDS) {
    const total = indexed.reduce((sum, item) => sum + item.length[field], 0);
    averageLength[field] = Math.max(1, total / Math.max(1, indexed.length));
  }

  const documentFrequency = new Map<string, number>();
  for (const item of indexed) {
    const terms = new Set<string>();
    for (const field of FIELDS) for (const term of item.tf[field].keys()) terms.add(term);
    for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }

  // Words a typo can be corrected to, with how often each occurs (ties go to the common word). Body
  // prose is left out: correcting "partido" to the body's "punto de partida" would invent a topic.
  const surfaceFrequency = new Map<string, number>();
  const addSurface = (word: string) => {
    if (word.length >= 3 && !/\d/.test(word))
      surfaceFrequency.set(word, (surfaceFrequency.get(word) ?? 0) + 1);
  };
  for (const entry of entries) {
    const text = [entry.title, ...entry.questions, ...entry.keywords].join(' ');
    for (const word of tokenize(text)) if (!isStopword(word)) addSurface(word);
  }
  for (const words of Object.values(CANONICAL)) for (const word of wordList(words)) addSurface(word);
  for (const word of HINTS.keys()) addSurface(word);

  const familyLatest = new Map<string, number>();
  for (const item of indexed) {
    if (item.familyYear === undefined) continue;
    familyLatest.set(item.family, Math.max(familyLatest.get(item.family) ?? 0, item.familyYear));
  }

  // Terms some entry is about (in a title, an example question or a keyword). A word the entries only use
  // in their prose ("dejar", "responder") is how a question is told, rarely what it asks: it counts half
  // in the information a hit must cover, as a body-only match counts half toward covering it.
  const topicalTerms = new Set<string>();
  for (const item of indexed)
    for (const field of FIELDS)
      if (field !== 'body') for (const term of item.tf[field].keys()) topicalTerms.add(term);

  // How much each entry is about whether one must file: the share of its example questions that ask it,
  // and for whom: the situation those questions name ("¿un menor de edad tiene que declarar?"), or none
  // when one of them asks it of anybody ("¿tengo que declarar renta?").
  const answersWhetherToFile = new Map(
    indexed.map((item) => {
      const asking = item.entry.questions.filter(asksWhetherToFile);
      const situations = asking.map((question) =>
        analyze(question, false)
          .map((token) => token.term)
          .filter((term) => !OBLIGATION_INTENT_TERMS.has(term)),
      );
      return [
        item,
        {
          share: asking.length / Math.max(1, item.entry.questions.length),
          forAnybody: situations.some((terms) => terms.length === 0),
          situation: new Set(situations.flat()),
        },
      ] as const;
    }),
  );

  return {
    indexed,
    averageLength,
    documentFrequency,
    surfaceFrequency,
    familyLatest,
    topicalTerms,
    answersWhetherToFile,
  };
}

const INDEX = buildIndex(KNOWLEDGE_ENTRIES);
const ENTRY_COUNT = INDEX.indexed.length;

function idf(documentFrequency: number): number {
  return Math.log(1 + (ENTRY_COUNT - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

// A word the base has never seen weighs like a fairly rare known word: it may be a topic the base does
// not cover ("arepas"), or just personal context ("mi mamá"), so it must not weigh like the rarest.
const UNKNOWN_WORD_IDF = idf(3);

// ---------------------------------------------------------------------------------------------------
// Typo tolerance.

const TYPO_PENALTY: Readonly<Record<number, number>> = { 1: 0.75, 2: 0.5 };

function maxTypoDistance(word: string): number {
  if (word.length >= 8) return 2;
  if (word.length >= 4) return 1;
  return 0;
}

/**
 * The known word closest to `word` within the allowed distance. People rarely mistype the first letter,
 * and requiring it keeps real words from being "corrected" into the base ("presidente" → "residente").
 */
function correctTypo(word: string): { word: string; distance: number } | undefined {
  const max = maxTypoDistance(word);
  if (max === 0 || /\d/.test(word)) return undefined;
  let best: { word: string; distance: number; rank: number } | undefined;
  for (const [candidate, frequency] of INDEX.surfaceFrequency) {
    if (candidate[0] !== word[0] || Math.abs(candidate.length - word.length) > max) continue;
    const distance = damerauLevenshtein(word, candidate, max);
    if (distance > max) continue;
    const rank = distance * 1000 - Math.min(frequency, 999);
    if (!best || rank < best.rank) best = { word: candidate, distance, rank };
  }
  return best && { word: best.word, distance: best.distance };
}

// ---------------------------------------------------------------------------------------------------
// Verb forms.

// Person and tense endings the light stemmer leaves on ("devolvieron", "declaramos", "vendí"), longest
// first. Endings a noun may also have ("negocio", "visa") are left out: an unknown noun must stay unknown.
const VERB_ENDINGS = wordList('ieron aron amos emos imos aste iste aban i');
const INFINITIVE_ENDINGS = ['ar', 'er', 'ir'];
// Spelling that changes before -e: "pagué" / "pagar", "saqué" / "sacar", "actualicé" / "actualizar".
const SPELLING_CHANGES: ReadonlyArray<readonly [changed: string, infinitive: string]> = [
  ['gu', 'g'],
  ['qu', 'c'],
  ['c', 'z'],
];
const MIN_VERB_ROOT = 3;

/**
 * The indexed term of a conjugated verb the stemmer missed, found through its infinitive: "devolvieron"
 * → "devolver" → the refund concept. Tried only for words the index does not know, so a word the entries
 * use keeps its own meaning.
 */
function conjugatedTerm(word: string): string | undefined {
  // "Pagué", "saqué", "actualicé": a first-person preterite shows by its changed spelling.
  const endings = SPELLING_CHANGES.some(([changed]) => word.endsWith(`${changed}e`))
    ? [...VERB_ENDINGS, 'e']
    : VERB_ENDINGS;
  for (const ending of endings) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_VERB_ROOT) continue;
    const root = word.slice(0, -ending.length);
    const roots = [root];
    for (const [changed, infinitive] of SPELLING_CHANGES) {
      if (root.endsWith(changed)) roots.push(root.slice(0, -changed.length) + infinitive);
    }
    for (const candidate of roots) {
      for (const infinitive of INFINITIVE_ENDINGS) {
        const term = canonicalTerm(candidate + infinitive);
        if (INDEX.documentFrequency.has(term)) return term;
      }
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Queries.

export interface YearIntent {
  year: number;
  /** True when the citizen said "año gravable 2025" / "AG 2025", not just "2025". */
  taxable: boolean;
  /** True when the year is when the return is filed: "la renta que se presenta en agosto de 2026". */
  filing?: boolean;
}

const MONTHS =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
// Filing or the return, then the year it happens in, a month of that year being only its date.
const FILING_YEAR = new RegExp(
  `\\b(?:present|declar)\\w*\\s+(?:la renta\\s+|la declaracion\\s+|renta\\s+)?(?:en|de|del)\\s+(?:(?:${MONTHS})\\s+(?:de\\s+|del\\s+)?)?(20\\d{2})\\b`,
);

/** The year a question is about, if it names one. */
export function detectYearIntent(question: string): YearIntent | undefined {
  const text = normalize(question);
  const taxable = /\b(?:ano gravable|periodo gravable|gravable|ag)\s*(?:de\s+|del\s+)?(20\d{2})\b/.exec(text);
  if (taxable) return { year: Number(taxable[1]), taxable: true };
  const filing = FILING_YEAR.exec(text);
  if (filing) return { year: Number(filing[1]), taxable: false, filing: true };
  const bare = /\b(20\d{2})\b/.exec(text);
  return bare ? { year: Number(bare[1]), taxable: false } : undefined;
}

/** Whether an entry's scope includes the year the question asks about. */
export function entryMatchesYear(entry: KnowledgeEntry, intent: YearIntent): boolean {
  return yearFactor(entryYearScope(entry), intent) >= 1;
}

function yearFactor(scope: YearScope, intent: YearIntent | undefined): number {
  if (!intent) return 1;
  const { year } = intent;
  if (scope.openFrom !== undefined) return year >= scope.openFrom ? 1 : 0.8;
  if (scope.taxable === undefined && scope.filing === undefined && scope.plain.length === 0) return 1;
  if (intent.taxable) {
    if (scope.taxable === year) return 1.35;
    // The UVT of a taxable year is the one that converts its thresholds.
    if (scope.plain.includes(year)) return 1.25;
    if (scope.filing === year) return 0.75;
    return 0.6;
  }
  if (intent.filing) {
    if (scope.filing === year || scope.taxable === year - 1) return 1.35;
    // The return filed in a year is worked out with the year before's UVT.
    if (scope.plain.includes(year - 1)) return 1.25;
    if (scope.plain.includes(year)) return 1;
    return 0.6;
  }
  // In everyday speech "la renta 2025" is the return filed in 2025.
  if (scope.plain.includes(year) || scope.filing === year) return 1.35;
  if (scope.taxable === year) return 1.2;
  return 0.6;
}

// When no year is named, the current edition of a yearly topic is the useful one.
const OLDER_EDITION_FACTOR = 0.85;

interface QueryTerm {
  term: string;
  weight: number;
}

interface AnalyzedQuery {
  terms: QueryTerm[];
  unknownWords: number;
}

function analyzeQuery(question: string): AnalyzedQuery {
  const weights = new Map<string, number>();
  const add = (term: string, weight: number) => weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  let unknownWords = 0;
  for (const token of analyze(question, true)) {
    if (INDEX.documentFrequency.has(token.term)) {
      add(token.term, token.weight);
      continue;
    }
    // Hints and phrases that point at concepts absent from the base are simply not evidence.
    if (token.surface === undefined) continue;
    const verbTerm = conjugatedTerm(token.surface);
    if (verbTerm !== undefined) {
      // An inference, like a one-letter typo: "perdí" may be "pérdida" (a loss) or a lost phone.
      add(verbTerm, token.weight * (TYPO_PENALTY[1] ?? 1));
      continue;
    }
    const correction = correctTypo(token.surface);
    if (!correction) {
      // An amount ("80 millones") is context, not a topic the base lacks.
      if (!/^\d+$/.test(token.surface)) unknownWords += 1;
      continue;
    }
    const penalty = TYPO_PENALTY[correction.distance] ?? 0;
    // A misspelt stopword ("cuadno") vanishes instead of counting against the question.
    for (const fixed of analyze(correction.word, true)) {
      if (INDEX.documentFrequency.has(fixed.term)) add(fixed.term, fixed.weight * penalty);
    }
  }
  const situation = asksWhetherToFile(question) ? SITUATION_WEIGHT : 1;
  return {
    terms: [...weights].map(([term, weight]) => ({
      term,
      weight: OBLIGATION_INTENT_TERMS.has(term) ? weight : weight * situation,
    })),
    unknownWords,
  };
}

/**
 * A hit is confident when the words it matches carry at least this share of the question's information
 * (idf-weighted, unknown words included) and at least one of them is a direct (not hinted) match in the
 * entry's title, questions or keywords.
 */
export const KNOWLEDGE_SEARCH_THRESHOLDS = Object.freeze({ minCoverage: 0.4, minDirectWeight: 0.7 });
const BODY_ONLY_EVIDENCE = 0.5;

/**
 * The entries that answer `query`, best first, or an empty array when none answers it with confidence.
 * Scores are comparable within one query, not across queries.
 */
export function searchKnowledge(
  question: string,
  limit = 3,
): Array<{ entry: KnowledgeEntry; score: number }> {
  const query = inSpanish(question);
  const { terms, unknownWords } = analyzeQuery(query);
  const filingIntent = asksWhetherToFile(query);
  const defined = definedTerm(query);
  if (terms.length === 0) return [];
  const intent = detectYearIntent(query);
  const termIdf = new Map(terms.map(({ term }) => [term, idf(INDEX.documentFrequency.get(term) ?? 0)]));
  const information = ({ term, weight }: QueryTerm) =>
    weight * (termIdf.get(term) ?? 0) * (INDEX.topicalTerms.has(term) ? 1 : BODY_ONLY_EVIDENCE);
  const questionInformation =
    terms.reduce((sum, term) => sum + information(term), 0) + unknownWords * UNKNOWN_WORD_IDF;
  // The term a question asks to define is at least half of what it says, however long the story around
  // it ("mi contador me habló de la UVT, ¿qué es la UVT?").
  const definedQueryTerm = terms.find(({ term }) => term === defined);
  const definedInformation = definedQueryTerm ? information(definedQueryTerm) : 0;
  const definedScale =
    definedInformation > 0 ? Math.max(1, (questionInformation - definedInformation) / definedInformation) : 1;
  const totalInformation = questionInformation + definedInformation * (definedScale - 1);

  const familiesCovering = new Set<string>();
  if (intent) {
    for (const item of INDEX.indexed) {
      if (item.familyYear !== undefined && yearFactor(item.years, intent) >= 1)
        familiesCovering.add(item.family);
    }
  }

  const hits: KnowledgeHit[] = [];
  for (const item of INDEX.indexed) {
    let score = 0;
    let matchedInformation = 0;
    let direct = false;
    for (const { term, weight } of terms) {
      let pseudoFrequency = 0;
      let outsideBody = false;
      for (const field of FIELDS) {
        const frequency = item.tf[field].get(term) ?? 0;
        if (frequency === 0) continue;
        if (field !== 'body') outsideBody = true;
        const normalisedLength =
          1 - FIELD_B[field] + FIELD_B[field] * (item.length[field] / INDEX.averageLength[field]);
        pseudoFrequency += (FIELD_WEIGHT[field] * frequency) / normalisedLength;
      }
      if (pseudoFrequency === 0) continue;
      const termWeight = termIdf.get(term) ?? 0;
      score += weight * termWeight * ((pseudoFrequency * (K1 + 1)) / (pseudoFrequency + K1));
      // A word only found in the prose is incidental ("capital" in "rentas de capital"), not the topic.
      matchedInformation +=
        weight * termWeight * (outsideBody ? 1 : BODY_ONLY_EVIDENCE) * (term === defined ? definedScale : 1);
      if (outsideBody && weight >= KNOWLEDGE_SEARCH_THRESHOLDS.minDirectWeight) direct = true;
    }
    if (score === 0 || !direct) continue;
    if (matchedInformation / totalInformation < KNOWLEDGE_SEARCH_THRESHOLDS.minCoverage) continue;
    // A year no edition covers ("UVT 2023") must not push the topic below unrelated entries: rank as if
    // no year was named, and let the answer say that year is missing.
    const yearApplies =
      intent !== undefined && (item.familyYear === undefined || familiesCovering.has(item.family));
    let factor = yearApplies ? yearFactor(item.years, intent) : 1;
    const isOlderEdition =
      item.familyYear !== undefined && item.familyYear < (INDEX.familyLatest.get(item.family) ?? 0);
    if (!yearApplies && isOlderEdition) factor *= OLDER_EDITION_FACTOR;
    if (defined !== undefined)
      factor *= 1 + (DEFINITION_BONUS * (item.tf.title.get(defined) ?? 0)) / Math.max(1, item.length.title);
    const filing = filingIntent ? INDEX.answersWhetherToFile.get(item) : undefined;
    // An entry answers whether this citizen must file when it answers it for anybody or for the situation
    // the question tells: the minors' entry does not answer it for someone with a motorbike and a CDT.
    if (filing && (filing.forAnybody || terms.some(({ term }) => filing.situation.has(term))))
      factor *= 1 + FILING_INTENT_BONUS * filing.share;
    hits.push({ entry: item.entry, score: score * factor });
  }
  hits.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
  return hits.slice(0, Math.max(0, limit));
}
