/**
 * A strict reader of the Prometheus text exposition format 0.0.4, for tests:
 * every line is a HELP, a TYPE or a sample of a family declared before it;
 * label values are escaped; values are floats (Go's ParseFloat: NaN and Inf
 * in any case); a histogram's buckets are cumulative and end with +Inf equal
 * to its _count. (parse-prometheus-text-format was tried first: it drops the
 * labels of histogram samples.)
 */
export interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

export interface Family {
  readonly name: string;
  readonly type: 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';
  readonly help: string;
  readonly samples: Sample[];
}

export interface Scrape {
  readonly status: number;
  readonly contentType: string | null;
  readonly text: string;
  readonly families: Family[];
}

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const HELP = new RegExp(`^# HELP (${NAME}) (.*)$`);
const TYPE = new RegExp(`^# TYPE (${NAME}) (counter|gauge|histogram|summary|untyped)$`);
const SAMPLE = new RegExp(`^(${NAME})(?:\\{(.*)\\})? (\\S+)$`);
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(?:,|$)/y;
const FLOAT = /^(?:[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?|[+-]?inf|nan)$/i;
const SUFFIXES: Record<Family['type'], readonly string[]> = {
  counter: [''],
  gauge: [''],
  untyped: [''],
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['', '_sum', '_count'],
};

function parseLabels(text: string | undefined, line: string): Record<string, string> {
  const labels: Record<string, string> = {};
  if (!text) return labels;
  LABEL.lastIndex = 0;
  while (LABEL.lastIndex < text.length) {
    const match = LABEL.exec(text);
    if (!match) throw new Error(`bad labels in: ${line}`);
    labels[match[1]!] = match[2]!.replace(/\\n/g, '\n').replace(/\\(["\\])/g, '$1');
  }
  return labels;
}

function parseFloatStrict(text: string, line: string): number {
  if (!FLOAT.test(text)) throw new Error(`bad value in: ${line}`);
  return /^[+-]?inf$/i.test(text) ? (text.startsWith('-') ? -Infinity : Infinity) : /^nan$/i.test(text) ? NaN : Number(text);
}

export function parsePrometheusText(text: string): Family[] {
  const families = new Map<string, Family & { help: string }>();
  const helps = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const help = HELP.exec(line);
    if (help) {
      helps.set(help[1]!, help[2]!);
      continue;
    }
    const type = TYPE.exec(line);
    if (type) {
      if (families.has(type[1]!)) throw new Error(`TYPE repeated: ${line}`);
      families.set(type[1]!, { name: type[1]!, type: type[2] as Family['type'], help: helps.get(type[1]!) ?? '', samples: [] });
      continue;
    }
    const sample = SAMPLE.exec(line);
    if (!sample) throw new Error(`not Prometheus text format: ${line}`);
    const name = sample[1]!;
    const family = [...families.values()].find((f) => SUFFIXES[f.type].some((suffix) => `${f.name}${suffix}` === name));
    if (!family) throw new Error(`sample of no declared family: ${line}`);
    family.samples.push({ name, labels: parseLabels(sample[2], line), value: parseFloatStrict(sample[3]!, line) });
  }
  for (const family of families.values()) if (family.type === 'histogram') checkHistogram(family);
  return [...families.values()];
}

/** Buckets cumulative per label set, the last one +Inf and equal to _count. */
function checkHistogram(family: Family): void {
  const series = new Map<string, Sample[]>();
  const keyOf = (labels: Record<string, string>) => JSON.stringify(Object.entries(labels).filter(([name]) => name !== 'le').sort());
  for (const sample of family.samples) if (sample.name.endsWith('_bucket')) series.set(keyOf(sample.labels), [...(series.get(keyOf(sample.labels)) ?? []), sample]);
  for (const [key, buckets] of series) {
    const counts = buckets.map((b) => b.value);
    if (counts.some((count, i) => i > 0 && count < counts[i - 1]!)) throw new Error(`${family.name}: buckets not cumulative for ${key}`);
    if (buckets.at(-1)!.labels.le !== '+Inf') throw new Error(`${family.name}: no +Inf bucket for ${key}`);
    const count = family.samples.find((s) => s.name === `${family.name}_count` && keyOf(s.labels) === key);
    if (count?.value !== counts.at(-1)) throw new Error(`${family.name}: _count differs from the +Inf bucket for ${key}`);
  }
}

/** GET /metrics; a 200 answer is read strictly (an error names the first bad line). */
export async function scrapeMetrics(baseUrl: string, token: string | null): Promise<Scrape> {
  const response = await fetch(`${baseUrl}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = await response.text();
  const families = response.status === 200 ? parsePrometheusText(text) : [];
  return { status: response.status, contentType: response.headers.get('content-type'), text, families };
}

/** The sum over the samples of `name` with these labels: a counter's or gauge's value, a histogram's _count; 0 when absent. */
export function valueOf(scrape: Scrape, name: string, labels: Record<string, string> = {}): number {
  const family = scrape.families.find((f) => f.name === name);
  if (!family) return 0;
  const sampleName = family.type === 'histogram' ? `${name}_count` : name;
  return family.samples
    .filter((s) => s.name === sampleName && Object.entries(labels).every(([label, value]) => s.labels[label] === value))
    .reduce((sum, s) => sum + s.value, 0);
}
