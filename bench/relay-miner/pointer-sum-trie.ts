/**
 * The baseline: a sparse Merkle sum trie of heap objects, re-hashed along the path on every
 * insert, holding every value in memory, the way POKT's relay miner keeps its session tree
 * (pokt-network/smt over an in-memory node store). Same node format as @sibyl/relay-mining, so
 * the two roots must agree, which the bench checks.
 */
import { EMPTY_SUMMARY, KEY_BYTES, blake2b256, innerSummary, keyBit, leafHash, type NodeSummary } from '@sibyl/relay-mining';

interface Leaf {
  leaf: true;
  key: Uint8Array;
  value: Uint8Array;
  summary: NodeSummary;
}
interface Inner {
  leaf: false;
  left: TrieNode | null;
  right: TrieNode | null;
  summary: NodeSummary;
}
type TrieNode = Leaf | Inner;

const summaryOf = (node: TrieNode | null) => node?.summary ?? EMPTY_SUMMARY;
const rehash = (node: Inner) => {
  node.summary = innerSummary(summaryOf(node.left), summaryOf(node.right));
};

export class PointerSumTrie {
  private root: TrieNode | null = null;

  get summary(): NodeSummary {
    return summaryOf(this.root);
  }

  /** False when the key is already in. */
  insert(key: Uint8Array, weight: bigint, value: Uint8Array): boolean {
    const leaf: Leaf = { leaf: true, key, value, summary: { hash: leafHash(key, blake2b256(value), weight), sum: weight, count: 1n } };
    if (!this.root) {
      this.root = leaf;
      return true;
    }
    const path: Inner[] = [];
    let node: TrieNode = this.root;
    let depth = 0;
    let attach: (n: TrieNode) => void = (n) => (this.root = n);
    while (!node.leaf) {
      const inner: Inner = node;
      path.push(inner);
      const right = keyBit(key, depth) === 1;
      const child: TrieNode | null = right ? inner.right : inner.left;
      attach = right ? (n) => (inner.right = n) : (n) => (inner.left = n);
      depth++;
      if (!child) {
        attach(leaf);
        node = leaf;
        break;
      }
      node = child;
    }
    if (node !== leaf) {
      const other: Leaf = node as Leaf;
      if (other.key.every((b, i) => b === key[i])) return false;
      // Split: one-sided inner nodes while the two keys agree, then one holding both.
      const chain: Inner[] = [];
      for (let d = depth; ; d++) {
        const inner: Inner = { leaf: false, left: null, right: null, summary: EMPTY_SUMMARY };
        chain.push(inner);
        const mine = keyBit(key, d);
        if (mine !== keyBit(other.key, d)) {
          inner.left = mine === 0 ? leaf : other;
          inner.right = mine === 0 ? other : leaf;
          break;
        }
        if (d + 1 >= 8 * KEY_BYTES) throw new Error('keys equal');
      }
      for (let i = 0; i + 1 < chain.length; i++) {
        if (keyBit(key, depth + i) === 0) chain[i]!.left = chain[i + 1]!;
        else chain[i]!.right = chain[i + 1]!;
      }
      attach(chain[0]!);
      path.push(...chain);
    }
    for (let i = path.length - 1; i >= 0; i--) rehash(path[i]!);
    return true;
  }
}
