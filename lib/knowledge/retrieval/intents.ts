/**
 * Intents: what the question's main clause asks, which outweighs the things it mentions.
 */
import { normalize, tokenize } from '../text';
import { analyzeClause, CLAUSE_BREAK, OBLIGATION_TERM, withItemCapAsLimit } from './analyzer';

/**
 * The question asks whether one must file at all: "¿me toca declarar?", "¿debo hacer la renta?", "¿sigo
 * obligado?", "¿este año también me toca?" (the return understood). Not "¿qué pasa si estoy obligado y no
 * declaro?", which asks what follows. Not when the verb has an object of its own ("¿tengo que declarar el carro?", «¿tengo que declarar
 * exactamente lo que dice la exógena?», «¿tengo que declarar todo lo que gané?» ask how an item is reported),
 * which is a narrower question about that item (the adverb and «todo» before the object: f1). Nor when the
 * month to file in follows («me toca declarar en septiembre, ¿todavía renuevo la firma?» tells the date) (f1).
 * Being spared it asks it too: «¿con eso me salvo de declarar?», «¿quedo exento de declarar?», «¿me libro de la
 * renta?» (f4).
 */
const FILING_OBLIGATION_QUESTION =
  /^(?!.*\b(?:cuando|que dia|hasta que|fecha|que (?:me )?(?:pasa|pasaria|sucede|sucederia)|que me hacen)\b).*\b(?:(?:toca|toque|tocaba|tocaria|tocara|debo|debe|deben|deberia|deberian|tengo que|tiene que|tienen que|necesito|obliga a|obligad[oa]s? a)\s+(?:a uno\s+)?(?:declarar|hacer (?:la |mi )?(?:renta|declaracion)|presentar (?:la |mi )?(?:renta|declaracion)|presentarla)\b(?!\s+(?:en|para|antes de|a mas tardar en) (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b)(?!\s+(?:(?:exactamente|solo|solamente|tambien)\s+)?(?:el|la|los|las|mi|mis|un|una|eso|esa|esos|esas|lo|todo|toda|todos|todas)\s+(?!renta\b|declaracion\b|del? (?:ano )?(?:gravable )?20\d\d\b))|(?:estoy|esta|estan|estaria|sigo|sigue|quedo|queda|soy|seria) obligad[oa]s?\b(?!\s+a\s+(?!declarar))|(?:obligad[oa]s?|obliga) (?:o no|a declarar)\s*$|\bano (?:tambien )?me toca\b|\b(?:salvo|salva|salvan|libro|libra|libran|libre|libres|exime|eximen|exento|exenta|exentos|escapo|escapa) de (?:declarar|hacer (?:la |mi )?(?:renta|declaracion)|presentar (?:la |mi )?(?:renta|declaracion)|la renta|la declaracion)\b)/;
/** The terms of the filing obligation itself; every other term of such a question is its situation. */
export const OBLIGATION_INTENT_TERMS: ReadonlySet<string> = new Set([OBLIGATION_TERM, 'declar', 'rent']);
/**
 * Whose obligation the question is about, not a situation of the one asking: a parent who died ("mi papá
 * murió…, ¿alguien tiene que declarar por él?") is filed for as a succession, so the word keeps its weight;
 * so does a foreigner's nationality («I'm a US retiree living in Medellín, do I need to file?»), which says
 * whose rules apply (e1); so do a foreigner living here and a Colombian settled abroad (`expatri`, `emigr`, the
 * whole-question concepts of `analyzer.ts`) (f4).
 */
export const FILER_TERMS: ReadonlySet<string> = new Set(['sucesion', 'extranjero', 'expatri', 'emigr']);
/**
 * Not having filed before, told in a question that asks whether to file ("nunca he declarado, ¿cómo sé si
 * estoy obligado?"), is the citizen's history: a situation like any other, not the phrase-weighted subject
 * of the penalty entries.
 */
export const FILING_HISTORY_TERMS: ReadonlySet<string> = new Set(['nodeclarar']);
// The situation still ranks the entries written for it (a pensioner's, a foreigner's) above the general
// one when they also answer who files; it only stops a car or a CDT from being the topic.
export const SITUATION_WEIGHT = 0.6;
// "Obligado" and "declarar" are in most entries' prose and weigh little: the intent itself ranks the
// entries that answer it, as much as their example questions ask it.
export const FILING_INTENT_BONUS = 1;

/**
 * "¿Qué es la UVT?", "¿qué significa exógena?", even inside a long story: the question asks for a
 * definition, and the entries named after the term are the ones that define it.
 */
const DEFINITION_QUESTION =
  /\b(?:que (?:es|son|significa|significan|quiere decir)|(?:cuanto|a como) (?:es|vale|valia|valio|esta|quedo|queda|va)|valor (?:de|del))\s+(?:eso de |esa |ese |esto de )?(?:el |la |los |las |un |una )?(.+)$/;
// Weighed by the term's share of the title: "Valor de la UVT" is about the UVT, a long title that ends in
// "1.340 UVT" uses it as a unit.
export const DEFINITION_BONUS = 0.7;

// The term told first and asked after, as people speak: «esas cédulas del formulario q son?», «la exógena esa pa
// q sirve?» (f5).
const POSTPOSED_DEFINITION =
  /^(?:(?:oiga|oye|y|bueno|pero) )?(?:eso de |esa |ese |esas |esos |esto de )?(?:el |la |los |las )?(.+?) (?:esa |ese |esas |esos )?(?:que (?:es|son|significa|significan)|(?:para|pa) que (?:sirve|sirven|es|son))$/;

/** The term a question asks to define, if it asks for a definition. */
export function definedTerm(question: string): string | undefined {
  for (const clause of normalize(question).split(CLAUSE_BREAK)) {
    const words = tokenize(clause).join(' ');
    const match = DEFINITION_QUESTION.exec(words) ?? POSTPOSED_DEFINITION.exec(words);
    const first = match?.[1] === undefined ? undefined : analyzeClause(match[1], true)[0];
    if (first) return first.term;
  }
  return undefined;
}

/** Whether the question asks if one must file, as its main intent. */
export function asksWhetherToFile(question: string): boolean {
  return FILING_OBLIGATION_QUESTION.test(tokenize(question).join(' '));
}

/**
 * The filing thresholds, asked about in everyday words ("¿los topes se miran con lo que gané?", "el tope de
 * patrimonio pa la renta", "¿desde cuánto patrimonio se declara?"): the same need as whether one must file,
 * whatever the story around it. A cap on something else ("el tope de las deducciones", "tope de 1.340 UVT",
 * "¿el 25 % exento tiene tope?") is not the filing threshold.
 */
const THRESHOLD_WORD = /\btopes?\b/;
const OTHER_CAP =
  /\btopes?\s+(?:de|del|para|en)\s+(?!(?:patrimonio|ingresos?|consignaciones|compras|consumos|tarjeta|declarar|la renta|renta|la declaracion|los)\b)/;
const FILING_THRESHOLD =
  /\b(?:declar\w*|renta|topes|topes? (?:de|del|pal) (?:patrimonio|ingresos?|consignaciones|compras|consumos|tarjeta))\b/;
const FILING_FROM_AMOUNT = /\b(?:desde|a partir de) cuant[oa]s?\b.*\bdeclar/;
// «¿Eso cuenta para declarar / pal tope?», «pa ver si declaro, ¿cuento lo que me queda?»: whether something counts
// toward the thresholds (f4).
const COUNTS_TOWARD_FILING =
  /\b(?:cuenta|cuentan|suma|suman|cuento|sumo)\s+(?:para|pa|pal)\s+(?:ver si )?(?:declar\w*|el tope|los topes|tope)\b|\b(?:ver|saber) si (?:declaro|declara|me toca declarar|tengo (?:q|que) declarar)\b/;
export function asksAboutFilingThresholds(question: string): boolean {
  const text = tokenize(withItemCapAsLimit(question)).join(' ');
  if (FILING_FROM_AMOUNT.test(text) || COUNTS_TOWARD_FILING.test(text)) return true;
  return THRESHOLD_WORD.test(text) && !OTHER_CAP.test(text) && FILING_THRESHOLD.test(text);
}

/**
 * A question that ends by asking whether someone files, with the obligation left implicit: «…, ¿ella
 * declara?», «…, ¿declaro en Colombia?», «…nunca he declarado acá, ¿me toca?». Read on questions only: an
 * entry's example question «¿declaro?» (the zero return's) must not count as asking who files (q1).
 */
const BARE_FILING_QUESTION =
  /(?:\b(?:yo|el|ella|uno|ellos|ellas|nosotros)\s+(?:tambien\s+)?(?:declaro|declara|declaran|declaramos)|\b(?:declaro|declara|declaran|declaramos|debo declarar|tengo que declarar|tiene que declarar) (?:renta )?(?:en|aca en|aqui en|tambien en) colombia|^(?:y |entonces |igual )?(?:a (?:mi|ella|el) )?(?:me|le|nos|les) (?:toca|tocaria)(?: a mi| a ella| a el)?(?: o no)?)\s*$/;
// «¿En qué mes se declara renta en Colombia?», «¿cómo declaro en Colombia?» ask when or how, not whether.
const ASKS_WHEN_OR_HOW =
  /\b(?:cuando|que (?:dia|mes|fecha)|en que|hasta|fecha|como|donde|cuanto|por que|que formulario)\b/;
export function endsAskingWhetherToFile(question: string): boolean {
  const clauses = normalize(question)
    .split(CLAUSE_BREAK)
    .map((clause) => tokenize(clause).join(' '))
    .filter((clause) => clause.length > 0);
  const last = clauses[clauses.length - 1] ?? '';
  if (!BARE_FILING_QUESTION.test(last) || ASKS_WHEN_OR_HOW.test(last)) return false;
  // «¿Me toca?» asks about filing only when the question speaks of the return.
  return /\b(?:declar\w*|renta|dian)\b/.test(tokenize(question).join(' '));
}

/** The question is about one's filing obligation: whether one must file, or the thresholds that decide it. */
export function asksAboutFilingObligation(question: string): boolean {
  return (
    asksWhetherToFile(question) || asksAboutFilingThresholds(question) || endsAskingWhetherToFile(question)
  );
}
