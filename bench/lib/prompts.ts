import { readFileSync } from 'node:fs';

/** Prompts the inference benchmarks share: short to medium, varied topics. */
export const BENCH_PROMPTS = [
  'Explain why the sky is blue in two sentences.',
  'Write a short poem about a river in winter.',
  'List five uses of a paperclip.',
  'What are the main differences between a cat and a dog as pets?',
  'Describe how a bicycle works to a child.',
  'Give three tips for writing clear emails.',
  'Summarize the plot of a detective story you invent.',
  'What happens when water freezes?',
  'Suggest a name for a bakery and explain it.',
  'Translate the idea of friendship into a short metaphor.',
  'Why do leaves change colour in autumn?',
  'Write the opening line of a science fiction novel.',
];

/** The records of a JSON-lines file (blank lines skipped). */
export function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}
