/**
 * Spanish answers for the offline provider, composed from the bundled knowledge base. Every answer that
 * states facts carries its sources, its scope and the date it was checked; anything the base cannot
 * answer with confidence gets an honest "I don't know" that points to DIAN's official channels.
 */
import { hiddenKinds, maskPersonalData, type PersonalDataKind } from '../privacy/personal-data';
import { toolResultMarkdown } from '../tax/citations';
import { calculationFor, type Calculation } from './calculations';
import {
  asksOwnDeadline,
  calendarNotYetPublished,
  deadlineAnswer,
  pastDeadlineWithEnding,
} from './deadline-answer';
import { CURRENT_FILING_YEAR } from '../tax/deadlines';
import { formatSpanishDate } from '../tax/spanish-dates';
import { formatPesos } from '../tax/money';
import { requireUvt, UVT_COVERED_YEARS } from '../tax/uvt';
import { getKnowledgeEntry, KNOWLEDGE_ENTRIES } from './entries';
import type { KnowledgeEntry } from './schema';
import { searchKnowledge } from './retrieval/search';
import { sourcesLine } from './source-link';
import { changeBetweenYears, detectYearIntent, entryMatchesYear, entryYearScope } from './retrieval/years';
import { inSpanish, isEnglish } from './english';
import { normalize, tokenize } from './text';
import {
  ASKS_IF_GENUINE,
  asksAboutTheAssistant,
  asksConsequenceOfFalseReturn,
  INACCURACY_ENTRY_ID,
  asksForRuling,
  describesImpersonation,
  fakeMessagesEntryId,
  OFFICIAL_CHANNELS_ENTRY_ID,
  GREETING_WORDS,
  INTRO_WORDS,
  isOutOfScope,
  isSmallTalk,
  PASSWORD_HANDOVER,
  PASSWORD_HELP_REQUEST,
  SECRET_ASKED_BY_SOMEONE_ELSE,
  PASSWORD_REQUEST,
  PASSWORD_SHARED,
  PERSONAL_DATA_OFFER,
  sharesFullIdNumber,
  sharesPaymentOrIdentityData,
  sharesSecretDigits,
  THANKS_WORDS,
  withoutInjectedInstructions,
  withoutLongNumbers,
} from './non-tax-intents';

export type KnowledgeAnswerKind =
  'answer' | 'calculation' | 'greeting' | 'thanks' | 'privacy' | 'ruling' | 'not-found';

export interface KnowledgeAnswer {
  markdown: string;
  /** Ids of the entries the answer is built from, best first. */
  entryIds: string[];
  /** True when an entry of the knowledge base answers the question (`entryIds` is then non-empty). */
  matched: boolean;
  kind: KnowledgeAnswerKind;
  /**
   * A question about the assistant's subject that the base has no entry for: the gap operators count and
   * watch shrink as entries are added. Not a greeting, a privacy or ruling decline, nor a subject the
   * assistant declines on purpose (another tax, another authority's procedure), which no entry would fix.
   */
  unanswered: boolean;
}

const DIAN_PORTAL = '[www.dian.gov.co](https://www.dian.gov.co)';
const SELF_SERVICE =
  '[ABC de los canales de autogestión](https://www.dian.gov.co/Prensa/Aprendelo-en-un-DIAN-X3/Paginas/Abece-Canales-Autogestion.aspx)';

// Said before an entry that only partly matches the question (see `nearMiss` in retrieval/search.ts).
const NEAR_MISS_LEAD =
  'No encontré una respuesta exacta a tu pregunta en mi base local; esto es lo más cercano que tengo. Si no resuelve tu duda, consulta los canales oficiales de la DIAN.';

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
  '- Cómo pagar, acuerdos de pago, intereses de mora, sanciones y cómo corregir una declaración.',
  '- Deducciones y rentas exentas (dependientes, medicina prepagada, vivienda, AFC), cédulas y tarifas.',
  '- Saldo a favor, retención en la fuente, información exógena, pensionados e independientes.',
  '- Herencias, venta de vivienda o carro, loterías, criptoactivos, cuentas en el exterior y residencia fiscal.',
  '- Cuenta MUISCA, RUT, citas y los canales oficiales de la DIAN.',
  '- Situaciones del día a día: arriendos, CDT, dividendos, liquidación laboral, seguros, remesas, embargos y declarar sin ingresos.',
  '',
  'La información es orientativa y no necesito tus datos personales. ¿Qué quieres saber?',
].join('\n');

// Said after the answer, not before it: the first screen is for the answer itself.
const ENGLISH_NOTE =
  '_Te respondo en español, el idioma de los formularios y servicios de la DIAN; las fuentes oficiales también están en español._';

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

/**
 * For data that arrived masked: the server's guard already told the citizen what it hid, that it is not
 * needed and that two digits of the NIT suffice (lib/privacy), so only what it did not say remains.
 */
const MASKED_DATA_MARKDOWN = `- La DIAN solo te pide esos datos dentro de sus servicios oficiales, en ${DIAN_PORTAL}.`;

const PASSWORD_HELP_MARKDOWN = `- Si olvidaste o bloqueaste tu contraseña, gestiona su recuperación únicamente en el portal oficial (${DIAN_PORTAL}); consulta el ${SELF_SERVICE}.`;

const RULING_MARKDOWN = [
  'No puedo emitir conceptos, certificaciones ni decisiones oficiales, ni modificar sanciones u obligaciones: soy un asistente **informativo** y mis respuestas no obligan a la DIAN ni a ti.',
  '',
  `Para un pronunciamiento oficial acude a los canales de la DIAN: ${DIAN_PORTAL} y el ${SELF_SERVICE}.`,
].join('\n');

// ---------------------------------------------------------------------------------------------------
// Answer composition.

function missingYearLine(question: string, entry: KnowledgeEntry): string | undefined {
  const intent = detectYearIntent(question);
  if (!intent || entryMatchesYear(entry, intent)) return undefined;
  const scope = entryYearScope(entry);
  const yearSpecific = scope.taxable !== undefined || scope.filing !== undefined || scope.plain.length > 0;
  if (!yearSpecific) return undefined;
  return `No tengo en mi base local datos para ${intent.year}; te muestro la información más cercana que tengo.`;
}

/**
 * Yearly figures kept one edition per year: the UVT, the deadline calendar, the minimum penalty. Asked for a
 * year before the oldest edition ("¿cuál era la UVT en 2019?"), the closest edition would be another year's
 * figure, so the base says it has none.
 */
const YEARLY_FIGURE_SERIES = /^(uvt|plazos-personas-naturales-ag|sancion-minima)-20\d{2}$/;

function seriesOf(entry: KnowledgeEntry): string | undefined {
  return YEARLY_FIGURE_SERIES.exec(entry.id)?.[1];
}

function oldestYearOfSeries(series: string): number {
  const years = KNOWLEDGE_ENTRIES.filter((entry) => seriesOf(entry) === series).flatMap((entry) => {
    const scope = entryYearScope(entry);
    return [scope.taxable, scope.filing, ...scope.plain].filter((year) => year !== undefined);
  });
  return Math.min(...years);
}

function newestYearOfSeries(series: string): number {
  return Math.max(
    ...KNOWLEDGE_ENTRIES.filter((entry) => seriesOf(entry) === series).flatMap((entry) => {
      const scope = entryYearScope(entry);
      return [scope.taxable, ...scope.plain].filter((year) => year !== undefined);
    }),
  );
}

/**
 * A figure fixed once a year (the UVT, the minimum penalty) asked for a year after the newest edition ("¿cuánto
 * vale la UVT 2027?"): the DIAN has not published it, and last year's figure is not it. Nor is a season's
 * calendar not decreed yet («calendario renta 2027»): another season's dates would mislead.
 */
const FIGURES_NOT_YET_PUBLISHED: ReadonlySet<string> = new Set(['uvt', 'sancion-minima']);
const CALENDAR_SERIES = 'plazos-personas-naturales-ag';

/**
 * The year asked when it is older than every edition of the yearly figure the best entry belongs to, or, for
 * a figure not yet published, newer than every edition.
 */
function yearBeforeTheBase(question: string, entry: KnowledgeEntry | undefined): number | undefined {
  const series = entry && seriesOf(entry);
  const intent = detectYearIntent(question);
  // A season whose calendar is not out yet, asked by its calendar or by one's own date.
  if (
    intent &&
    (series === CALENDAR_SERIES || asksOwnDeadline(question, entry)) &&
    calendarNotYetPublished(question)
  )
    return intent.year;
  if (!series || !intent || entryMatchesYear(entry, intent)) return undefined;
  if (FIGURES_NOT_YET_PUBLISHED.has(series) && intent.year > newestYearOfSeries(series)) return intent.year;
  return intent.year < oldestYearOfSeries(series) ? intent.year : undefined;
}

function missingYearReason(question: string, year: number): string {
  if (calendarNotYetPublished(question))
    return 'el calendario de esa temporada lo fija un decreto del Gobierno hacia el final del año anterior y aún no está en mi base; las fechas de otra temporada no sirven para esa';
  return year > CURRENT_FILING_YEAR
    ? 'esa cifra la fija cada año una resolución de la DIAN y aún no está en mi base; la de otro año no sirve para calcular ese'
    : 'solo guardo las cifras y los calendarios de los años recientes';
}

const LATE_FILING_ENTRY_ID = 'sancion-extemporaneidad';

/** The entry's example already ends with what is paid this season; with the citizen's figures the tool computes it. */
const LATE_FILING_INVITATION =
  'Con tus cifras te lo calculo: dime el impuesto a cargo y cuántos meses o días de retraso.';

/**
 * A UVT question without a year lands on this season's UVT, but the return filed this season is worked out
 * with the year before's: the citizen needs both figures (the entries keep one year each).
 */
function filedThisSeasonUvtNote(question: string, entry: KnowledgeEntry): string | undefined {
  if (entry.id !== `uvt-${CURRENT_FILING_YEAR}` || detectYearIntent(question)) return undefined;
  const taxable = requireUvt(CURRENT_FILING_YEAR - 1);
  return `La declaración de renta que se presenta en ${CURRENT_FILING_YEAR} (año gravable ${taxable.year}) usa la UVT de ${taxable.year}: **${formatPesos(taxable.value)}**. Pregúntame por la «UVT ${taxable.year}» para ver su resolución.`;
}

/** «¿Cuánto subió la UVT de 2025 a 2026?»: the newer UVT's entry answers, with the older value and the rise. */
function uvtChangeNote(question: string, entry: KnowledgeEntry): string | undefined {
  const change = changeBetweenYears(question);
  if (!change || entry.id !== `uvt-${change.to}` || !UVT_COVERED_YEARS.includes(change.from))
    return undefined;
  const [older, newer] = [requireUvt(change.from), requireUvt(change.to)];
  const rise = newer.value - older.value;
  const percent = ((rise / older.value) * 100).toFixed(2).replace('.', ',');
  return `La UVT de ${older.year} era **${formatPesos(older.value)}**: de ${older.year} a ${newer.year} subió **${formatPesos(rise)}** (${percent} %).`;
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
  const lines: string[] = best.nearMiss ? [NEAR_MISS_LEAD, ''] : [];
  const yearNote = missingYearLine(question, entry);
  if (yearNote) lines.push(yearNote, '');
  lines.push(`**${entry.title}**`, '', entry.body, '');
  if (entry.id === LATE_FILING_ENTRY_ID) lines.push(LATE_FILING_INVITATION, '');
  const uvtNote = filedThisSeasonUvtNote(question, entry);
  if (uvtNote) lines.push(uvtNote, '');
  const changeNote = uvtChangeNote(question, entry);
  if (changeNote) lines.push(changeNote, '');
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

/** An answer from the entries: the citizen's own date when the question is about it, else the best entry. */
function entryAnswer(
  question: string,
  hits: Hits,
): { markdown: string; entryIds: string[]; nearMiss: boolean; computed: boolean } | undefined {
  // A NIT ending with a deadline word is answered from the tables even when retrieval found nothing; the
  // citizen's own date is what the filing_deadline tool computes, so it is a calculation.
  const deadline = deadlineAnswer(question, hits[0]?.entry);
  if (deadline) {
    return {
      markdown: deadline.markdown,
      entryIds: [deadline.entryId],
      nearMiss: false,
      computed: deadline.dated,
    };
  }
  if (hits.length === 0) return undefined;
  return {
    markdown: composeEntryAnswer(question, hits),
    entryIds: usedHits(hits).map((hit) => hit.entry.id),
    nearMiss: hits[0]?.nearMiss === true,
    computed: false,
  };
}

/** A calculation's answer: what was assumed, the tool's result with sources and year, and where to read more. */
function calculationMarkdown(calculation: Calculation): string | undefined {
  const { result } = calculation;
  if (!result.ok) return undefined;
  const entry = getKnowledgeEntry(calculation.entryId);
  // The verdict or the amount leads; what was assumed to reach it follows, before the details.
  const [lead = '', ...details] = toolResultMarkdown(result).split('\n\n');
  return [
    lead,
    ...(calculation.assumptions.length > 0
      ? ['', ...calculation.assumptions.map((assumption) => `_${assumption}_`)]
      : []),
    ...details.flatMap((detail) => ['', detail]),
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
/** An answer routed to one entry by the question's intent rather than by retrieval. */
function answerFromOneEntry(question: string, entry: KnowledgeEntry): KnowledgeAnswer {
  return {
    markdown: composeEntryAnswer(question, [{ entry, score: 1 }]),
    entryIds: [entry.id],
    matched: true,
    kind: 'answer',
    unanswered: false,
  };
}

export function answerFromKnowledge(message: string): KnowledgeAnswer {
  const answer = answerInSpanish(inSpanish(withoutInjectedInstructions(message)));
  return isEnglish(message) && (answer.kind === 'answer' || answer.kind === 'calculation')
    ? { ...answer, markdown: `${answer.markdown}\n\n${ENGLISH_NOTE}` }
    : answer;
}

function answerInSpanish(question: string): KnowledgeAnswer {
  const text = normalize(question);
  const tokens = tokenize(question);

  // Through the server, a shared number or secret arrives as its placeholder (lib/privacy): still an offer.
  // Typed here unmasked (the offline page, the evaluation), the same guard finds it.
  const hidden = hiddenKinds(question);
  const masked = maskPersonalData(question);
  const found = new Set<PersonalDataKind>([...hidden, ...masked.hidden]);
  const sharesId = sharesFullIdNumber(text) || hidden.includes('cedula') || hidden.includes('nit');
  const sharesPayment = found.has('card') || found.has('account') || sharesPaymentOrIdentityData(text);
  const sharesPassword = PASSWORD_SHARED.test(text) || found.has('secret') || sharesSecretDigits(text);
  const mentionsPassword = PASSWORD_REQUEST.test(text);
  const seeksPasswordHelp =
    mentionsPassword &&
    (PASSWORD_HELP_REQUEST.test(text) ||
      SECRET_ASKED_BY_SOMEONE_ELSE.test(text) ||
      ASKS_IF_GENUINE.test(text)) &&
    !sharesPassword &&
    !PASSWORD_HANDOVER.test(text);
  const asksForPassword = sharesPassword || (mentionsPassword && !seeksPasswordHelp);
  const privacy =
    asksForPassword || sharesId || sharesPayment || (!seeksPasswordHelp && PERSONAL_DATA_OFFER.test(text));
  // A call or a message from someone posing as the DIAN who asks for the password or money is answered by
  // the fake-messages entry, before the notices: the citizen describes the request, hands nothing over.
  const sharesData = sharesPassword || sharesId || sharesPayment;
  if (!sharesData && describesImpersonation(text)) {
    const fakeMessages = getKnowledgeEntry(fakeMessagesEntryId(text));
    if (fakeMessages) return answerFromOneEntry(question, fakeMessages);
  }
  const ruling = asksForRuling(text);
  if (privacy || ruling) {
    const notices: string[] = [];
    if (privacy) {
      const decline = hidden.length > 0 ? MASKED_DATA_MARKDOWN : PRIVACY_MARKDOWN;
      notices.push(asksForPassword ? `${decline}\n${PASSWORD_HELP_MARKDOWN}` : decline);
    }
    if (ruling) notices.push(RULING_MARKDOWN);
    const kind: KnowledgeAnswerKind = privacy ? 'privacy' : 'ruling';
    // A question that comes with a document, card, account or contact number, or with a request for a
    // ruling, still deserves general information, minus the number; a message about passwords or offering to
    // hand data over gets only the notice.
    // Masked as the server masks it, so a full NIT in a deadline question keeps its ending, as it would
    // arrive through any door.
    const cleaned = withoutLongNumbers(masked.text);
    const withQuestion = (sharesId || sharesPayment) && !asksForPassword;
    const hits = withQuestion || (ruling && !privacy) ? searchKnowledge(cleaned) : [];
    const answer = hits.length > 0 ? entryAnswer(cleaned, hits) : undefined;
    if (!answer)
      return { markdown: notices.join('\n\n'), entryIds: [], matched: false, kind, unanswered: false };
    const lead = ruling ? 'Como información general, esto es lo que dice mi base local:\n\n' : '';
    return {
      markdown: `${notices.join('\n\n')}\n\n${lead}${answer.markdown}`,
      entryIds: answer.entryIds,
      matched: true,
      kind,
      unanswered: false,
    };
  }

  if (isSmallTalk(tokens, GREETING_WORDS, INTRO_WORDS)) {
    return { markdown: INTRO_MARKDOWN, entryIds: [], matched: false, kind: 'greeting', unanswered: false };
  }
  if (isSmallTalk(tokens, THANKS_WORDS)) {
    return { markdown: THANKS_MARKDOWN, entryIds: [], matched: false, kind: 'thanks', unanswered: false };
  }

  // A call or a chat from someone posing as the DIAN is answered by the fake-messages entry, whatever bait
  // (an embargo lifted, an auction, a refund) would otherwise draw retrieval to that subject's entry.
  const fakeMessages = describesImpersonation(text)
    ? getKnowledgeEntry(fakeMessagesEntryId(text))
    : undefined;
  if (fakeMessages) return answerFromOneEntry(question, fakeMessages);

  if (isOutOfScope(text)) {
    return {
      markdown: NOT_FOUND_MARKDOWN,
      entryIds: [],
      matched: false,
      kind: 'not-found',
      unanswered: false,
    };
  }

  // The consequence of hiding income or claiming what does not exist is the inaccuracy penalty, whatever item
  // (children, invoices) would draw retrieval to its own entry.
  const inaccuracy = asksConsequenceOfFalseReturn(text) ? getKnowledgeEntry(INACCURACY_ENTRY_ID) : undefined;
  if (inaccuracy) return answerFromOneEntry(question, inaccuracy);

  // "¿Tú eres de la DIAN? ¿Es oficial lo que me dices?": the official-channels entry says what this assistant
  // is and where the DIAN answers.
  const channels = asksAboutTheAssistant(text) ? getKnowledgeEntry(OFFICIAL_CHANNELS_ENTRY_ID) : undefined;
  if (channels) return answerFromOneEntry(question, channels);

  const calculation = calculationFor(question);
  const calculated = calculation && calculationMarkdown(calculation);
  if (calculation && calculated) {
    return {
      markdown: calculated,
      entryIds: [calculation.entryId],
      matched: true,
      kind: 'calculation',
      unanswered: false,
    };
  }

  // The NIT ending told beside a deadline already missed ("ya pasó mi fecha (terminaba en 20), ¿todavía puedo
  // declarar?") is the story: what follows the deadline is the late-filing entry, not the calendar.
  const lateFiling = pastDeadlineWithEnding(text) ? getKnowledgeEntry(LATE_FILING_ENTRY_ID) : undefined;
  if (lateFiling) return answerFromOneEntry(question, lateFiling);

  const hits = searchKnowledge(question);
  const missingYear = yearBeforeTheBase(question, hits[0]?.entry);
  if (missingYear !== undefined) {
    return {
      markdown: `No tengo en mi base local datos para ${missingYear}: ${missingYearReason(question, missingYear)}.\n\n${NOT_FOUND_MARKDOWN}`,
      entryIds: [],
      matched: false,
      kind: 'not-found',
      unanswered: false,
    };
  }
  const answer = entryAnswer(question, hits);
  if (!answer) {
    return {
      markdown: NOT_FOUND_MARKDOWN,
      entryIds: [],
      matched: false,
      kind: 'not-found',
      unanswered: true,
    };
  }
  // A calculation the tools refused (a year without official figures) is explained before the general answer.
  const refusal = calculation?.result.ok === false ? `${calculation.result.error.message}\n\n` : '';
  const body = `${refusal}${answer.markdown}`;
  return {
    markdown: startsWithGreeting(tokens) ? `¡Hola!\n\n${body}` : body,
    entryIds: answer.entryIds,
    matched: true,
    kind: answer.computed ? 'calculation' : 'answer',
    // Offering the closest entry with «No encontré una respuesta exacta» is still a gap in the base.
    unanswered: answer.nearMiss,
  };
}
