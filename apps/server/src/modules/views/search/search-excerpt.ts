import { Field, Int, ObjectType } from 'type-graphql';
import { searchTerms } from '../../../common/search-terms.js';
import type { SearchDocument } from './ticket-search-index.js';

@ObjectType({ description: 'A stretch of text in a search excerpt that matched a word of the query' })
export class TextRange {
  @Field(() => Int, { description: 'Offset in UTF-16 code units (JavaScript string indices)' })
  start!: number;

  @Field(() => Int)
  length!: number;
}

@ObjectType({ description: 'Where a ticket matched a search, as plain text with the matched words marked by ranges (never HTML)' })
export class SearchExcerpt {
  @Field({ description: 'TITLE (number, subject), PARTY (organization, contact, contract), BODY (description, messages), INTERNAL (notes; staff only)' })
  field!: string;

  @Field({ description: 'The text around the first match; "…" where it was cut' })
  text!: string;

  @Field(() => [TextRange])
  highlights!: TextRange[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const CONTEXT = 70;
const MAX_EXCERPTS = 2;

/**
 * Highlighted excerpts of a document for a query, computed the same way on
 * both databases: a word of the text matches when its stem (Russian or
 * English Snowball, as the index has it) is one of the query's stems, so
 * «сертификатов» in the query marks «сертификат» in the text.
 */
export function excerptsOf(doc: SearchDocument, query: string, staff: boolean): SearchExcerpt[] {
  const wanted = new Set(searchTerms(query));
  if (wanted.size === 0) return [];
  const fields: [string, string][] = [
    // The bare digits are in the index for «42» to find SD-000042; the excerpt shows the number as printed.
    ['TITLE', doc.title.replace(/^(\S+) \d+ /, '$1 ')],
    ['BODY', doc.body],
    ['PARTY', doc.party],
    ...(staff ? ([['INTERNAL', doc.internal]] as [string, string][]) : []),
  ];
  const excerpts: SearchExcerpt[] = [];
  for (const [field, text] of fields) {
    if (excerpts.length >= MAX_EXCERPTS) break;
    const matches = matchedWords(text, wanted);
    if (matches.length === 0) continue;
    const first = matches[0]!;
    const from = Math.max(0, wordBoundaryBefore(text, first.start - CONTEXT));
    const to = Math.min(text.length, first.start + first.length + CONTEXT * 2);
    const lead = from > 0 ? '…' : '';
    const slice = text.slice(from, to).replace(/\s+/g, ' ');
    // Whitespace runs were collapsed: the ranges are found again on the final text rather than shifted.
    const finalText = `${lead}${slice}${to < text.length ? '…' : ''}`;
    excerpts.push({ field, text: finalText, highlights: matchedWords(finalText, wanted) });
  }
  return excerpts;
}

function matchedWords(text: string, wanted: ReadonlySet<string>): TextRange[] {
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(WORD)) {
    const stem = searchTerms(match[0])[0];
    if (stem !== undefined && wanted.has(stem)) ranges.push({ start: match.index, length: match[0].length });
  }
  return ranges;
}

function wordBoundaryBefore(text: string, at: number): number {
  if (at <= 0) return 0;
  const space = text.lastIndexOf(' ', at);
  return space < 0 ? 0 : space + 1;
}
