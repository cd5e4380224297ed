import { createRequire } from 'node:module';

interface Stemmer {
  stem(word: string): string;
}

// snowball-stemmers is CommonJS without types, and marks itself `__esModule` (so an ESM default
// import would look for `exports.default`); require() gives exactly its exports.
const { newStemmer } = createRequire(import.meta.url)('snowball-stemmers') as { newStemmer(algorithm: string): Stemmer };

const russian = newStemmer('russian');
const english = newStemmer('english');

/*
 * The stop words of PostgreSQL's `russian` text search configuration
 * (tsearch_data/russian.stop for Cyrillic words, english.stop for Latin ones
 * through its english_stem dictionary): SQLite drops the same words, so both
 * databases see the same terms.
 */
const RUSSIAN_STOP_WORDS = new Set(
  (
    'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему ' +
    'теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут ' +
    'где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой ' +
    'совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после ' +
    'над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том ' +
    'нельзя такой им более всегда конечно всю между'
  ).split(' '),
);
const ENGLISH_STOP_WORDS = new Set(
  (
    'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they ' +
    'them their theirs themselves what which who whom this that these those am is are was were be been being have has had having do does ' +
    'did doing a an the and but if or because as until while of at by for with about against between into through during before after ' +
    'above below to from up down in out on off over under again further then once here there when where why how all any both each few ' +
    'more most other some such no nor not only own same so than too very s t can will just don should now'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /^[a-z]+$/;

/**
 * The search terms of a text as PostgreSQL's `russian` configuration would
 * make them: lower case, ё as е, stop words dropped, Cyrillic words through
 * the Snowball Russian stemmer, Latin ones through the English one, numbers
 * kept. Used on SQLite for both the indexed text and the query.
 */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.toLowerCase().replace(/ё/g, 'е').matchAll(WORD)) {
    const word = match[0];
    if (CYRILLIC.test(word)) {
      if (!RUSSIAN_STOP_WORDS.has(word)) terms.push(russian.stem(word));
    } else if (LATIN.test(word)) {
      if (!ENGLISH_STOP_WORDS.has(word)) terms.push(english.stem(word));
    } else {
      terms.push(word);
    }
  }
  return terms;
}

/** An FTS5 query matching documents that contain every term (as PostgreSQL's plainto_tsquery does); null when nothing is left to look for. */
export function fts5Query(text: string): string | null {
  const terms = [...new Set(searchTerms(text))];
  return terms.length === 0 ? null : terms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' AND ');
}
