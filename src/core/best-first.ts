/**
 * Items in the order of a comparator, drawn lazily: a binary heap built in one linear pass, then one
 * item per pop (log n). For rankings that read only the first few of thousands (`sharedTerms` wants
 * six terms of a long pair's thousands of runs), where sorting them all cost more than the rest.
 *
 * Items the comparator calls equal come out in no set order (unlike a stable sort): use it where
 * equal items are interchangeable.
 *
 *   [...bestFirst([5, 1, 4], (a, b) => a - b)]   → [1, 4, 5]
 */
export function* bestFirst<T>(items: readonly T[], before: (a: T, b: T) => number): Generator<T> {
  const heap = items.slice();
  const down = (from: number) => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let best = i;
      if (left < heap.length && before(heap[left]!, heap[best]!) < 0) best = left;
      if (right < heap.length && before(heap[right]!, heap[best]!) < 0) best = right;
      if (best === i) return;
      [heap[i], heap[best]] = [heap[best]!, heap[i]!];
      i = best;
    }
  };
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
  while (heap.length > 0) {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      down(0);
    }
    yield top;
  }
}
