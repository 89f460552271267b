/**
 * The BM25F index over the bundled entries' fields, with what retrieval reads off it: document frequencies,
 * the words a typo can be corrected to, the latest edition of each yearly topic, the topical terms and how
 * much each entry answers whether one must file.
 *
 * The index is built once when the module loads.
 */
import { CURRENT_FILING_YEAR } from '../../tax/deadlines';
import { KNOWLEDGE_ENTRIES } from '../entries';
import type { KnowledgeEntry } from '../schema';
import { tokenize, wordList } from '../text';
import { analyze } from './analyzer';
import { asksWhetherToFile, OBLIGATION_INTENT_TERMS } from './intents';
import { isStopword } from './stopwords';
import { CANONICAL, HINTS } from './vocabulary';
import { entryYearScope, type YearScope } from './years';

type Field = 'title' | 'questions' | 'keywords' | 'body';
export const FIELDS: readonly Field[] = ['title', 'questions', 'keywords', 'body'];
// Titles, example questions and keywords are written to be matched; the body is written to be read.
export const FIELD_WEIGHT: Readonly<Record<Field, number>> = { title: 3, questions: 2, keywords: 2, body: 1 };
export const FIELD_B: Readonly<Record<Field, number>> = {
  title: 0.3,
  questions: 0.5,
  keywords: 0.3,
  body: 0.75,
};
export const K1 = 1.2;

interface IndexedEntry {
  entry: KnowledgeEntry;
  tf: Readonly<Record<Field, ReadonlyMap<string, number>>>;
  length: Readonly<Record<Field, number>>;
  years: YearScope;
  /** Id without its year, shared by the yearly editions of one topic ("uvt", "quien-declara-ag"). */
  family: string;
  familyYear: number | undefined;
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

  // The current edition of a yearly topic: the latest one not filed after this season. The who-must-file
  // edition of next season (filed next year) is for questions that name its year.
  const familyLatest = new Map<string, number>();
  for (const item of indexed) {
    if (item.familyYear === undefined) continue;
    if (item.years.filing !== undefined && item.years.filing > CURRENT_FILING_YEAR) continue;
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

export const INDEX = buildIndex(KNOWLEDGE_ENTRIES);
const ENTRY_COUNT = INDEX.indexed.length;

/**
 * Pseudo-documents added to every word's document frequency. Plain BM25 idf swings with small counts: a
 * word in one entry's prose outweighs the words an entry is about, and one more entry on a subject (5 → 7
 * entries saying "información") cuts that subject's weight enough to swap near-equal candidates for
 * unrelated questions. Smoothing keeps rare words rare but makes idf depend on how common a word is, not
 * on the last few entries added.
 */
const DOCUMENT_FREQUENCY_SMOOTHING = 4;

export function idf(documentFrequency: number): number {
  return Math.log(
    1 + (ENTRY_COUNT - documentFrequency + 0.5) / (documentFrequency + 0.5 + DOCUMENT_FREQUENCY_SMOOTHING),
  );
}

// A word the base has never seen weighs like a fairly rare known word: it may be a topic the base does
// not cover ("arepas"), or just personal context ("mi mamá"), so it must not weigh like the rarest. Rare is
// a share of the base (one entry in thirty), not a count, so the gate does not tighten as entries are added.
export const UNKNOWN_WORD_IDF = idf(ENTRY_COUNT / 30);
