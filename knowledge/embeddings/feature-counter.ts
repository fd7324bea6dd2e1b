/**
 * Counts hashed features of one text: an open-addressing table of (32-bit hash → weighted tf,
 * feature type). A JavaScript Map costs several times more per update, and one text has only a
 * few hundred features, so a small reusable table keeps embedding at a few µs per chunk.
 */
export class FeatureCounter {
  private keys: Uint32Array;
  private counts: Float64Array;
  private types: Uint8Array;
  private filled: Uint8Array;
  private slots: Int32Array;
  private size = 0;

  constructor(capacity = 1024) {
    const length = 1 << Math.ceil(Math.log2(Math.max(16, capacity)));
    this.keys = new Uint32Array(length);
    this.counts = new Float64Array(length);
    this.types = new Uint8Array(length);
    this.filled = new Uint8Array(length);
    this.slots = new Int32Array(length);
  }

  get featureCount(): number {
    return this.size;
  }

  has(key: number): boolean {
    return this.filled[this.find(key)] === 1;
  }

  add(key: number, type: number, weight: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const slot = this.find(key);
    if (this.filled[slot] === 1) {
      this.counts[slot]! += weight;
      return;
    }
    this.filled[slot] = 1;
    this.keys[slot] = key;
    this.types[slot] = type;
    this.counts[slot] = weight;
    this.slots[this.size++] = slot;
  }

  /** Visits every feature in insertion order. */
  forEach(visit: (key: number, type: number, count: number) => void): void {
    for (let i = 0; i < this.size; i++) {
      const slot = this.slots[i]!;
      visit(this.keys[slot]!, this.types[slot]!, this.counts[slot]!);
    }
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) this.filled[this.slots[i]!] = 0;
    this.size = 0;
  }

  private find(key: number): number {
    const mask = this.keys.length - 1;
    let slot = key & mask;
    while (this.filled[slot] === 1 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const old = { keys: this.keys, counts: this.counts, types: this.types, slots: this.slots, size: this.size };
    const length = this.keys.length * 2;
    this.keys = new Uint32Array(length);
    this.counts = new Float64Array(length);
    this.types = new Uint8Array(length);
    this.filled = new Uint8Array(length);
    this.slots = new Int32Array(length);
    this.size = 0;
    for (let i = 0; i < old.size; i++) {
      const slot = old.slots[i]!;
      this.add(old.keys[slot]!, old.types[slot]!, old.counts[slot]!);
    }
  }
}
