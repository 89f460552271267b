import { expect, it } from 'vitest';
import { answerFromKnowledge } from '../../lib/knowledge/answer';
import type { KnowledgeTopic } from '../../lib/knowledge/topics/topic';

/** Everyday questions about one entry, phrased apart from its own examples, and a figure its answer shows. */
export interface TopicCase {
  entry: string;
  figure: string;
  questions: readonly string[];
}

/** Each question is answered from its entry first, with the entry's key figure in the answer. */
export function itAnswersEachFromItsEntry(cases: readonly TopicCase[]): void {
  it.each(
    cases.flatMap(({ entry, figure, questions }) =>
      questions.map((question) => ({ entry, figure, question })),
    ),
  )('«$question» → $entry', ({ entry, figure, question }) => {
    const answer = answerFromKnowledge(question);
    expect(answer.entryIds[0]).toBe(entry);
    expect(answer.markdown).toContain(figure);
  });
}

/** A topic whose articles could only be read in third-party copies says so where the citizen reads. */
export function itFlagsEveryEntryUnconfirmed(topic: KnowledgeTopic): void {
  it('flags every entry it could not read on an official page, in words the citizen sees', () => {
    for (const item of topic.entries) {
      expect(item.confirmed).toBe(false);
      expect(answerFromKnowledge(item.questions[0] ?? '').markdown).toContain('Atención');
    }
  });
}
