/**
 * Retrieval over the bundled knowledge base: BM25F over light Spanish stems, with a synonym and phrase
 * layer for how citizens actually write ("la 210", "fecha límite", "no vivo en Colombia"), typo tolerance
 * and a confidence gate so that a question the base cannot answer gets no hit instead of a wrong one.
 *
 * This module ranks and gates; the modules beside it read the question (`query.ts`, `analyzer.ts`), hold the
 * vocabulary and the index, and know about years. Searching is synchronous and allocation-light.
 */
import type { KnowledgeEntry } from '../schema';
import { inSpanish } from '../english';
import { normalize } from '../text';
import { FIELD_B, FIELD_WEIGHT, FIELDS, idf, INDEX, K1, UNKNOWN_WORD_IDF } from './bm25-index';
import { asksAboutFilingObligation, DEFINITION_BONUS, definedTerm, FILING_INTENT_BONUS } from './intents';
import { analyzeQuery, type QueryTerm } from './query';
import { detectYearIntent, OLDER_EDITION_FACTOR, yearFactor } from './years';

export interface KnowledgeHit {
  entry: KnowledgeEntry;
  score: number;
  /** Below the confidence gate, returned because the question is about the income tax and nothing passed. */
  nearMiss?: boolean;
}

/**
 * A hit is confident when the words it matches carry at least this share of the question's information
 * (idf-weighted, unknown words included) and at least one of them is a direct (not hinted) match in the
 * entry's title, questions or keywords.
 */
export const KNOWLEDGE_SEARCH_THRESHOLDS = Object.freeze({ minCoverage: 0.4, minDirectWeight: 0.7 });
const BODY_ONLY_EVIDENCE = 0.5;
/**
 * A question that names the income tax, the return or the DIAN is in scope (subjects next to it are declined
 * before retrieval): when no entry passes the gate, the closest ones above this coverage are offered as
 * near misses, said so, instead of no answer at all. A long story around a short question (a scam told in
 * detail, a student's year with a grant and an allowance) leaves every entry under 30 %; a fifth still finds the
 * subject (0,3 left 7 questions of writer wc3's 97 with «No tengo información»; 0,2 none).
 */
const TAX_QUESTION_MIN_COVERAGE = 0.2;
// The withholding, the exógena, the UVT, the RUT, the MUISCA account and the DIAN's forms are the income tax's own
// (a payslip's «retefuente», «me retuvieron», «el 210» name no return); so are an inheritance, a pensioner, tax
// residence and a dependant, once the subjects next to them (notaries, pension funds, visas) were declined.
const TAX_ANCHOR =
  /\b(?:rentas?|declar\w*|dian|impuesto\w*|retefuente|retencion(?:es)?|retuv\w*|retien\w*|retenid[oa]s?|exogena|uvts?|rut|muisca|portal|(?:formulario|form|la|el) (?:210|110|160|220|490)|herencia\w*|hered\w*|testamento|pensionad[oa]s?|residente|dependientes?)\b/;

/**
 * A situation named in an entry's filing question is that entry's subject only when it is a word few entries
 * use: "ingreso" (from "gano plata" in the minors' "tengo 16 años y gano plata…, ¿debo declarar?") is in
 * almost every entry and would make the minors' entry answer anybody who says "me pagan".
 */
const MIN_SITUATION_IDF = 1;
function answersSituation(situation: ReadonlySet<string>, term: string): boolean {
  return situation.has(term) && idf(INDEX.documentFrequency.get(term) ?? 0) >= MIN_SITUATION_IDF;
}

/**
 * The entries that answer `query`, best first, or an empty array when none answers it with confidence.
 * Scores are comparable within one query, not across queries.
 */
export function searchKnowledge(question: string, limit = 3): KnowledgeHit[] {
  const query = inSpanish(question);
  const { terms, unknownWords } = analyzeQuery(query);
  const filingIntent = asksAboutFilingObligation(query);
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
  const nearMisses: KnowledgeHit[] = [];
  for (const item of INDEX.indexed) {
    let score = 0;
    let matchedInformation = 0;
    let direct = false;
    for (const { term, weight, saidWeight } of terms) {
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
      // A word no entry is about ("hasta", "mide", "aparece") tells the story: it ranks at half, as it
      // counts half in the gate, so one entry's prose using it does not outrank the entries asked about.
      const told = INDEX.topicalTerms.has(term) ? 1 : BODY_ONLY_EVIDENCE;
      score += weight * termWeight * told * ((pseudoFrequency * (K1 + 1)) / (pseudoFrequency + K1));
      // A word only found in the prose is incidental ("capital" in "rentas de capital"), not the topic.
      matchedInformation +=
        weight * termWeight * (outsideBody ? 1 : BODY_ONLY_EVIDENCE) * (term === defined ? definedScale : 1);
      // Directness is judged on the word as said: a situation weighed down still names its entry.
      if (outsideBody && saidWeight >= KNOWLEDGE_SEARCH_THRESHOLDS.minDirectWeight) direct = true;
    }
    if (score === 0 || !direct) continue;
    const filing = filingIntent ? INDEX.answersWhetherToFile.get(item) : undefined;
    // An entry that answers whether anybody must file answers the question's intent, whatever the story told
    // around it ("¿cómo sé si tengo que declarar?, ¿hay alguna página para consultar?"): the intent counts in
    // the gate as it does in the ranking.
    const intentCoverage = filing?.forAnybody ? 1 + FILING_INTENT_BONUS * filing.share : 1;
    const coverage = (matchedInformation * intentCoverage) / totalInformation;
    const nearMiss = coverage < KNOWLEDGE_SEARCH_THRESHOLDS.minCoverage;
    if (nearMiss && coverage < TAX_QUESTION_MIN_COVERAGE) continue;
    // A year no edition covers ("UVT 2023") must not push the topic below unrelated entries: rank as if
    // no year was named, and let the answer say that year is missing.
    const yearApplies =
      intent !== undefined && (item.familyYear === undefined || familiesCovering.has(item.family));
    let factor = yearApplies ? yearFactor(item.years, intent) : 1;
    // A rule dated to a year (a topic entry written for AG 2025) is not the better answer because the question
    // names that year: only a yearly edition gains over the undated entries, the others may only lose.
    if (item.familyYear === undefined) factor = Math.min(factor, 1);
    // Any edition but the current one: an older year, or next season's, which no question without its year asks.
    const isOlderEdition =
      item.familyYear !== undefined &&
      item.familyYear !== (INDEX.familyLatest.get(item.family) ?? item.familyYear);
    if (!yearApplies && isOlderEdition) factor *= OLDER_EDITION_FACTOR;
    if (defined !== undefined)
      factor *= 1 + (DEFINITION_BONUS * (item.tf.title.get(defined) ?? 0)) / Math.max(1, item.length.title);
    // An entry answers whether this citizen must file when it answers it for anybody or for the situation
    // the question tells: the minors' entry does not answer it for someone with a motorbike and a CDT.
    if (filing && (filing.forAnybody || terms.some(({ term }) => answersSituation(filing.situation, term))))
      factor *= 1 + FILING_INTENT_BONUS * filing.share;
    const hit = { entry: item.entry, score: score * factor };
    if (nearMiss) nearMisses.push({ ...hit, nearMiss });
    else hits.push(hit);
  }
  if (hits.length === 0 && TAX_ANCHOR.test(normalize(query))) hits.push(...nearMisses);
  hits.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
  return hits.slice(0, Math.max(0, limit));
}
