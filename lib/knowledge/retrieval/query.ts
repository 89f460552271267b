/**
 * A question as the weighted index terms it asks about, plus the words the base has never seen: typos are
 * corrected, conjugated verbs traced to their infinitive, and the situation around a filing-obligation
 * question weighed below the obligation itself.
 */
import { analyze, OBLIGATION_TERM } from './analyzer';
import { INDEX } from './bm25-index';
import {
  asksAboutFilingObligation,
  endsAskingWhetherToFile,
  FILER_TERMS,
  FILING_HISTORY_TERMS,
  OBLIGATION_INTENT_TERMS,
  SITUATION_WEIGHT,
} from './intents';
import { correctTypo, TYPO_PENALTY } from './typos';
import { conjugatedTerm } from './verbs';

export interface QueryTerm {
  term: string;
  weight: number;
  /**
   * The weight the term was said with, before a filing question's situation was weighed down: a pensioner
   * asking whether to file still names the pensioners' entry directly.
   */
  saidWeight: number;
}

interface AnalyzedQuery {
  terms: QueryTerm[];
  unknownWords: number;
}

export function analyzeQuery(question: string): AnalyzedQuery {
  const filing = asksAboutFilingObligation(question);
  const weights = new Map<string, { weight: number; saidWeight: number }>();
  let unknownWords = 0;
  for (const token of analyze(question, true)) {
    const add = (term: string, saidWeight: number) => {
      // The situation around what is asked (a condition's, or a filing question's) weighs below the ask.
      const situation =
        token.situation ||
        (filing && !token.objection && !OBLIGATION_INTENT_TERMS.has(term) && !FILER_TERMS.has(term))
          ? SITUATION_WEIGHT
          : 1;
      const known = weights.get(term);
      weights.set(term, {
        weight: Math.max(
          known?.weight ?? 0,
          (filing && FILING_HISTORY_TERMS.has(term) ? 0.5 : saidWeight) * situation,
        ),
        saidWeight: Math.max(known?.saidWeight ?? 0, saidWeight),
      });
    };
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
      // An amount ("80 millones") is context, not a topic the base lacks; so, half, is a word the base
      // lacks in the story told before the question ("…plata en Bancolombia. ¿Quién tiene que declarar?").
      if (!/^\d+$/.test(token.surface)) unknownWords += token.story ? STORY_UNKNOWN_WORD : 1;
      continue;
    }
    const penalty = TYPO_PENALTY[correction.distance] ?? 0;
    // A misspelt stopword ("cuadno") vanishes instead of counting against the question.
    for (const fixed of analyze(correction.word, true)) {
      if (INDEX.documentFrequency.has(fixed.term)) add(fixed.term, fixed.weight * penalty);
    }
  }
  // «…, ¿ella declara?», «…, ¿me toca?»: the obligation left implicit is asked as if it were said (q1).
  if (endsAskingWhetherToFile(question) && !weights.has(OBLIGATION_TERM))
    weights.set(OBLIGATION_TERM, {
      weight: IMPLICIT_OBLIGATION_WEIGHT,
      saidWeight: IMPLICIT_OBLIGATION_WEIGHT,
    });
  // "¿Cuánto puedo deducir por mi hijo?", "¿los intereses del CDT son rentas de capital?": the item named is the
  // topic; the category ("deducir", "rentas de capital") only says which kind of rule is asked about, so it
  // weighs less than the item, and the category's entry (the overall cap, the cédulas) does not win on it.
  for (const { category, items } of CATEGORIES_AND_ITEMS) {
    if (![...weights.keys()].some((term) => items.has(term))) continue;
    for (const term of category) {
      const weighed = weights.get(term);
      if (weighed) weights.set(term, { ...weighed, weight: weighed.weight * CATEGORY_WEIGHT });
    }
  }
  return { terms: [...weights].map(([term, weighed]) => ({ term, ...weighed })), unknownWords };
}

const CATEGORIES_AND_ITEMS: ReadonlyArray<{ category: readonly string[]; items: ReadonlySet<string> }> = [
  {
    category: ['deduccion', 'exento', 'limite'],
    items: new Set([
      'dependiente',
      'hipotecario',
      'prepagada',
      'afc',
      'pensionvoluntaria',
      'icetex',
      'gmf',
      'donacion',
      'facturaelectronica',
    ]),
  },
  { category: ['rentacapital'], items: new Set(['cdt', 'dividendo', 'arriendo']) },
];
const CATEGORY_WEIGHT = 0.5;
/** The weight of the obligation a bare «¿ella declara?» leaves implicit: that of the phrase «tiene que declarar». */
const IMPLICIT_OBLIGATION_WEIGHT = 1.5;
/**
 * A word the base lacks, told in the sentences before the question (see `analyze`), counts half against the
 * confidence gate. Weighing the story's known words down too was measured and dropped (−7 on the
 * development set: the story often names the topic, «mi papá murió…. ¿Quién la presenta?»).
 */
const STORY_UNKNOWN_WORD = 0.5;
