/**
 * Spanish answers for the offline provider, composed from the bundled knowledge base. Every answer that
 * states facts carries its sources, its scope and the date it was checked; anything the base cannot
 * answer with confidence gets an honest "I don't know" that points to DIAN's official channels.
 */
import { toolResultMarkdown } from '../tax/citations';
import { calculationFor, type Calculation } from './calculations';
import { calendarForEntry, findDeadline, formatSpanishDate, formatSpanishDateWithWeekday } from './deadlines';
import { getKnowledgeEntry } from './entries';
import type { KnowledgeEntry } from './schema';
import { detectYearIntent, entryMatchesYear, entryYearScope, searchKnowledge } from './search';
import { normalize, tokenize, wordList } from './text';

export type KnowledgeAnswerKind =
  'answer' | 'calculation' | 'greeting' | 'thanks' | 'privacy' | 'ruling' | 'not-found';

export interface KnowledgeAnswer {
  markdown: string;
  /** Ids of the entries the answer is built from, best first. */
  entryIds: string[];
  /** True when an entry of the knowledge base answers the question (`entryIds` is then non-empty). */
  matched: boolean;
  kind: KnowledgeAnswerKind;
}

const DIAN_PORTAL = '[www.dian.gov.co](https://www.dian.gov.co)';
const SELF_SERVICE =
  '[ABC de los canales de autogestión](https://www.dian.gov.co/Prensa/Aprendelo-en-un-DIAN-X3/Paginas/Abece-Canales-Autogestion.aspx)';

// A second entry is worth mentioning only when it scored close to the best one.
const RELATED_HIT_RATIO = 0.6;

export const INTRO_MARKDOWN = [
  '¡Hola! Soy el **Asistente Virtual DIAN** y estoy en **modo sin conexión**: respondo desde una base de conocimiento local, con fuentes oficiales.',
  '',
  'Puedo orientarte sobre:',
  '- Quién debe declarar renta y los topes de cada año gravable.',
  '- El valor de la UVT en 2024, 2025 y 2026.',
  '- Los formularios 210, 110, 160, 260 y 490.',
  '- Los plazos para declarar según los últimos dígitos del NIT.',
  '- Cómo declarar en línea: RUT, cuenta MUISCA, firma electrónica y declaración sugerida.',
  '- Cómo pagar, las sanciones por declarar tarde y cómo corregir una declaración.',
  '- Residencia fiscal, deducciones y rentas exentas, y los canales oficiales de la DIAN.',
  '',
  'La información es orientativa y no necesito tus datos personales. ¿Qué quieres saber?',
].join('\n');

const THANKS_MARKDOWN = `¡Con gusto! Si tienes otra pregunta sobre tu declaración de renta, aquí estoy. Recuerda verificar fechas y valores en ${DIAN_PORTAL}.`;

const NOT_FOUND_MARKDOWN = [
  'No tengo información confiable sobre eso en mi base de conocimiento local (modo sin conexión), así que prefiero no adivinar. Oriento sobre la **declaración de renta de personas naturales**; para otros impuestos o trámites, la fuente es la entidad que los administra (la DIAN para los impuestos nacionales; tu alcaldía para el predial y el ICA).',
  '',
  '- Intenta reformular la pregunta con otras palabras, por ejemplo: «¿quién debe declarar renta?», «plazos si mi NIT termina en 45» o «¿cómo pago con el formulario 490?».',
  `- Consulta los canales oficiales de la DIAN: ${DIAN_PORTAL} y el ${SELF_SERVICE}.`,
].join('\n');

const PRIVACY_MARKDOWN = [
  'Por tu seguridad, **no necesito ni debo recibir** tu contraseña, tus claves, tu firma electrónica, tu número de documento completo ni otros datos personales, y te recomiendo no escribirlos en ningún chat.',
  '',
  `- La DIAN solo te pide esos datos dentro de sus servicios oficiales, en ${DIAN_PORTAL}.`,
  '- Para saber tu fecha límite basta con los **dos últimos dígitos** de tu NIT (sin el dígito de verificación).',
].join('\n');

const PASSWORD_HELP = `- Si olvidaste o bloqueaste tu contraseña, gestiona su recuperación únicamente en el portal oficial (${DIAN_PORTAL}); consulta el ${SELF_SERVICE}.`;

const RULING_MARKDOWN = [
  'No puedo emitir conceptos, certificaciones ni decisiones oficiales, ni modificar sanciones u obligaciones: soy un asistente **informativo** y mis respuestas no obligan a la DIAN ni a ti.',
  '',
  `Para un pronunciamiento oficial acude a los canales de la DIAN: ${DIAN_PORTAL} y el ${SELF_SERVICE}.`,
].join('\n');

// ---------------------------------------------------------------------------------------------------
// Intents that are not questions about taxes.

const GREETING_WORDS = new Set(wordList('hola ola holi buenas buenos buen saludos hey alo quiubo hi hello'));
const INTRO_WORDS = new Set(
  wordList('ayuda ayudame ayudas ayudarme puedes sabes eres hablo menu opciones temas'),
);
const THANKS_WORDS = new Set(
  wordList(
    'gracias agradezco agradecido agradecida chao adios bye amable perfecto excelente entendido genial',
  ),
);
// Words that may surround a greeting or a thank-you without turning it into a question.
const SMALL_TALK_FILLER = new Set(
  wordList(`
    dia dias tarde tardes noche noches que tal como estas esta vas va muy mucho muchas muchisimas mil todo
    eso por la el lo los las de del a y o tu te me mi asistente dian virtual senor senora se puede hacer en
    ok okay vale listo bueno bien claro super hasta luego pronto era seria all info informacion dios le pague
    con quien hablo hablando usted ustedes
  `),
);

function isSmallTalk(
  tokens: readonly string[],
  core: ReadonlySet<string>,
  alsoCore?: ReadonlySet<string>,
): boolean {
  if (tokens.length === 0) return false;
  const isCore = (token: string) => core.has(token) || (alsoCore?.has(token) ?? false);
  return tokens.some(isCore) && tokens.every((token) => isCore(token) || SMALL_TALK_FILLER.has(token));
}

const PASSWORD_REQUEST =
  /\b(?:contrasena|password|passwd)\b|\b(?:mi|tu|su|mis|la) (?:clave|pin)\b|\bclave (?:de|del|para) (?:acceso|ingreso|la dian|muisca|portal|firma|usuario)\b|\bcodigo de (?:verificacion|seguridad|acceso)\b/;
// An identity word followed closely by a number: a full cédula or NIT has six or more digits, a
// deadline question ("termina en 45") has two. Counted in code: a nested regex quantifier would backtrack.
const ID_WORD_THEN_NUMBER =
  /\b(?:cedula|cc|c\.c\.?|nit|documento|identificacion|rut)\b\D{0,25}(\d[\d.\s-]{0,40})/g;
const FULL_ID_DIGITS = 6;

function sharesFullIdNumber(text: string): boolean {
  for (const match of text.matchAll(ID_WORD_THEN_NUMBER)) {
    const digits = (match[1] ?? '').replace(/\D/g, '');
    if (digits.length >= FULL_ID_DIGITS) return true;
  }
  return false;
}

/** The question without long digit runs, so a shared document number never becomes a search term. */
function withoutLongNumbers(question: string): string {
  return question.replace(/\d[\d.\s-]{4,}\d/g, (run) =>
    run.replace(/\D/g, '').length >= FULL_ID_DIGITS ? ' ' : run,
  );
}
const PERSONAL_DATA_OFFER =
  /\b(?:necesit\w*|quier\w*|pid\w*|requier\w*|doy|dar\w*|te paso|le paso|pasar\w*|envi\w*|mand\w*|compart\w*)\b.{0,30}\b(?:mis datos|datos personales|mi (?:cedula|documento|numero de (?:cedula|documento|identificacion)|direccion|telefono|celular|correo|email|clave|firma))\b/;

const RULING_REQUEST =
  /\b(?:concepto (?:oficial|juridico|vinculante|de la dian)|pronunciamiento oficial|respuesta oficial|decision oficial|vinculante|en nombre de la dian|como si fueras la dian|certific(?:a|ame|ar|arme|as) (?:oficialmente |por escrito )?que|garantiz\w*|(?:emite|emitir|expide|expedir|dame|darme|firma|firmar) (?:un |una |el |la )?(?:concepto|certificado oficial|resolucion|fallo|dictamen)|(?:quita|quitar|quitame|anula|anular|anulame|perdona|perdonar|perdoname|condona|condonar|borra|borrar|borrame|exonera|exonerar|exonerame) (?:la |mi |el |mis |las |los )?(?:multa|sancion|deuda|intereses|obligacion)\w*)/;

// ---------------------------------------------------------------------------------------------------
// Answer composition.

// "mi NIT termina en 45", "cédula terminada en 07", "últimos dos dígitos 45".
const NIT_ENDING =
  /\b(?:termina\w*|acaba\w*|finaliza\w*|ultimos? (?:dos )?digitos?(?: de (?:mi|su|tu|el) (?:nit|cedula|rut))?(?: (?:son|es))?)\s+(?:en\s+)?(?:el\s+|los\s+|con\s+)?(\d{1,2})\b/;

function nitEndingLine(question: string, entry: KnowledgeEntry): string | undefined {
  const calendar = calendarForEntry(entry.id);
  if (!calendar) return undefined;
  const match = NIT_ENDING.exec(normalize(question));
  const digits = match?.[1];
  if (!digits) return undefined;
  if (digits.length === 1) {
    return `Para ubicar tu fecha necesito los **dos últimos dígitos** de tu NIT (sin el dígito de verificación): con uno solo no es posible, porque cada fecha corresponde a un par de terminaciones.`;
  }
  const slot = findDeadline(calendar, digits);
  if (!slot) return undefined;
  const caveat = slot.published ? '' : ' Es una fecha calculada, **aún no confirmada oficialmente**.';
  return `**Si tu NIT termina en ${digits}**, tu fecha límite para declarar el año gravable ${calendar.taxableYear} es el **${formatSpanishDateWithWeekday(slot.date)}**.${caveat}`;
}

function missingYearLine(question: string, entry: KnowledgeEntry): string | undefined {
  const intent = detectYearIntent(question);
  if (!intent || entryMatchesYear(entry, intent)) return undefined;
  const scope = entryYearScope(entry);
  const yearSpecific = scope.taxable !== undefined || scope.filing !== undefined || scope.plain.length > 0;
  if (!yearSpecific) return undefined;
  return `No tengo en mi base local datos para ${intent.year}; te muestro la información más cercana que tengo.`;
}

function sourcesLine(entry: KnowledgeEntry): string {
  const links = entry.sources.map((source) => `[${source.title}](${source.url})`).join(' · ');
  return `${entry.sources.length > 1 ? 'Fuentes' : 'Fuente'}: ${links}`;
}

type Hits = ReturnType<typeof searchKnowledge>;

/** The hits an answer shows: the best one, plus the runner-up when it scored close to it. */
function usedHits(hits: Hits): Hits {
  const [best, second] = hits;
  if (!best) return [];
  return second && second.score >= best.score * RELATED_HIT_RATIO ? [best, second] : [best];
}

function composeEntryAnswer(question: string, hits: Hits): string {
  const [best, second] = usedHits(hits);
  if (!best) return NOT_FOUND_MARKDOWN;
  const { entry } = best;
  const lines: string[] = [];
  const yearNote = missingYearLine(question, entry);
  if (yearNote) lines.push(yearNote, '');
  const nitLine = nitEndingLine(question, entry);
  if (nitLine) lines.push(nitLine, '');
  lines.push(`**${entry.title}**`, '', entry.body, '');
  if (second) lines.push(`También te puede servir: **${second.entry.title}**`, '');
  lines.push(sourcesLine(entry));
  lines.push(`Aplica a: ${entry.appliesTo} · Verificado el ${formatSpanishDate(entry.checkedOn)}`);
  if (!entry.confirmed) {
    lines.push(
      '',
      `**Atención:** parte de estos datos aún no está confirmada oficialmente. Verifícalos en la fuente oficial antes de tomar decisiones.`,
    );
  }
  return lines.join('\n');
}

/** A calculation's answer: what was assumed, the tool's result with sources and year, and where to read more. */
function calculationMarkdown(calculation: Calculation): string | undefined {
  const { result } = calculation;
  if (!result.ok) return undefined;
  const entry = getKnowledgeEntry(calculation.entryId);
  return [
    ...calculation.assumptions.map((assumption) => `_${assumption}_`),
    ...(calculation.assumptions.length > 0 ? [''] : []),
    toolResultMarkdown(result),
    ...(entry ? ['', `Más información: **${entry.title}**.`] : []),
  ].join('\n');
}

function startsWithGreeting(tokens: readonly string[]): boolean {
  const first = tokens[0];
  return first !== undefined && GREETING_WORDS.has(first);
}

/**
 * Answers a citizen's message from the local knowledge base. Pure and synchronous: the offline provider
 * streams the returned markdown like a model's output.
 */
export function answerFromKnowledge(question: string): KnowledgeAnswer {
  const text = normalize(question);
  const tokens = tokenize(question);

  const asksForPassword = PASSWORD_REQUEST.test(text);
  const sharesId = sharesFullIdNumber(text);
  const privacy = asksForPassword || sharesId || PERSONAL_DATA_OFFER.test(text);
  const ruling = RULING_REQUEST.test(text);
  if (privacy || ruling) {
    const notices: string[] = [];
    if (privacy) notices.push(asksForPassword ? `${PRIVACY_MARKDOWN}\n${PASSWORD_HELP}` : PRIVACY_MARKDOWN);
    if (ruling) notices.push(RULING_MARKDOWN);
    const kind: KnowledgeAnswerKind = privacy ? 'privacy' : 'ruling';
    // A question that comes with a document number or a request for a ruling still deserves general
    // information, minus the number; a message about passwords or handing over data gets only the notice.
    const cleaned = withoutLongNumbers(question);
    const hits = sharesId || (ruling && !privacy) ? searchKnowledge(cleaned) : [];
    if (hits.length === 0) return { markdown: notices.join('\n\n'), entryIds: [], matched: false, kind };
    const lead = ruling ? 'Como información general, esto es lo que dice mi base local:\n\n' : '';
    return {
      markdown: `${notices.join('\n\n')}\n\n${lead}${composeEntryAnswer(cleaned, hits)}`,
      entryIds: usedHits(hits).map((hit) => hit.entry.id),
      matched: true,
      kind,
    };
  }

  if (isSmallTalk(tokens, GREETING_WORDS, INTRO_WORDS)) {
    return { markdown: INTRO_MARKDOWN, entryIds: [], matched: false, kind: 'greeting' };
  }
  if (isSmallTalk(tokens, THANKS_WORDS)) {
    return { markdown: THANKS_MARKDOWN, entryIds: [], matched: false, kind: 'thanks' };
  }

  const calculation = calculationFor(question);
  const calculated = calculation && calculationMarkdown(calculation);
  if (calculation && calculated) {
    return { markdown: calculated, entryIds: [calculation.entryId], matched: true, kind: 'calculation' };
  }

  const hits = searchKnowledge(question);
  if (hits.length === 0) {
    return { markdown: NOT_FOUND_MARKDOWN, entryIds: [], matched: false, kind: 'not-found' };
  }
  // A calculation the tools refused (a year without official figures) is explained before the general answer.
  const refusal = calculation?.result.ok === false ? `${calculation.result.error.message}\n\n` : '';
  const body = `${refusal}${composeEntryAnswer(question, hits)}`;
  return {
    markdown: startsWithGreeting(tokens) ? `¡Hola!\n\n${body}` : body,
    entryIds: usedHits(hits).map((hit) => hit.entry.id),
    matched: true,
    kind: 'answer',
  };
}
