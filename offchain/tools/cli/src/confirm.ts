/** Asking the person at the terminal a yes/no question (node:readline), for irreversible steps. */
import { createInterface } from 'node:readline/promises';

/** Whether the person answered yes; the default is no. */
export async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(`${question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
