/** One answer to a customer's question (TKT-12, SVC-1). */
export interface Answer {
  readonly title: string;
  /** Plain text, Russian; short enough for one chat message. */
  readonly text: string;
  /** Where to read more (an FAQ article, the public FAQ). */
  readonly url?: string | null;
}

/**
 * Where the bot looks for answers to basic questions. The bot ships a small
 * FAQ of its own ({@link ShippedFaqAnswerSource}); the knowledge base
 * (modules/knowledge, SVC-1) implements this interface to answer from its
 * published articles instead, or first.
 */
export interface AnswerSource {
  /** The best answer, or null when this source has none good enough. */
  answer(question: string): Promise<Answer | null>;
}

/** Asks each source in turn; the first answer wins. */
export class FirstAnswerSource implements AnswerSource {
  private readonly sources: readonly AnswerSource[];

  constructor(...sources: AnswerSource[]) {
    this.sources = sources;
  }

  async answer(question: string): Promise<Answer | null> {
    for (const source of this.sources) {
      const found = await source.answer(question);
      if (found) return found;
    }
    return null;
  }
}
