import type { Answer, AnswerSource } from './answer-source.js';
import { FAQ_ENTRIES, type FaqEntry } from './faq-entries.js';

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return [...text.toLowerCase().replace(/ё/g, 'е').matchAll(WORD)].map((m) => m[0]);
}

/** How well the question's words cover an entry's keywords (each keyword counts once). */
function score(questionWords: readonly string[], entry: FaqEntry): number {
  let total = 0;
  for (const [keyword, weight] of Object.entries(entry.keywords)) {
    const k = keyword.replace(/ё/g, 'е');
    // Short keywords ("ос", "24") must be whole words; longer ones are word beginnings.
    if (questionWords.some((w) => (k.length <= 2 ? w === k : w.startsWith(k)))) total += weight;
  }
  return total;
}

/**
 * The FAQ the bot ships with (TKT-12): a few basic questions about the
 * service, matched by keywords. Stands in until the knowledge base
 * (modules/knowledge) provides an {@link AnswerSource} of its own.
 */
export class ShippedFaqAnswerSource implements AnswerSource {
  constructor(
    private readonly entries: readonly FaqEntry[] = FAQ_ENTRIES,
    private readonly threshold = 2,
  ) {}

  async answer(question: string): Promise<Answer | null> {
    const questionWords = words(question);
    let best: { entry: FaqEntry; score: number } | null = null;
    for (const entry of this.entries) {
      const s = score(questionWords, entry);
      if (s >= this.threshold && (!best || s > best.score)) best = { entry, score: s };
    }
    return best ? { title: best.entry.title, text: best.entry.text, url: best.entry.url ?? null } : null;
  }
}
