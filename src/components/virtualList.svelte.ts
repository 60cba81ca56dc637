/**
 * A list that scrolls in its own box and draws only the items in its view and a margin around it (a
 * long comparison has tens of thousands of shared phrases and thousands of outline lines). Items start
 * at an estimated height and are measured once drawn (one ResizeObserver for the list), so a wrapped
 * phrase or a many-section row moves the ones below it. The window itself is `listWindow`.
 *
 *   const list = new VirtualList(() => phrases.map(() => 36), { margin: 400, viewHeight: 520 });
 *   <ol bind:clientHeight={list.viewHeight} onscroll={(e) => (list.scrollTop = e.currentTarget.scrollTop)}>
 *     <li class="spacer" style="height: {list.drawn.top}px"></li>
 *     {#each phrases.slice(list.drawn.first, list.drawn.last + 1) as phrase, k (phrase.id)}
 *       <li {@attach list.measure(list.drawn.first + k)}>…</li>
 *     {/each}
 *     <li class="spacer" style="height: {list.drawn.bottom}px"></li>
 *   </ol>
 *
 * New estimates (the items changed) start a fresh index: what was measured of the old items is dropped.
 */
import type { Attachment } from 'svelte/attachments';
import { HeightIndex } from '../view/heightIndex';
import { listWindow, type ListWindow } from '../view/listWindow';

export interface VirtualListOptions {
  /** Pixels of list drawn above and below the view. */
  margin: number;
  /** The box's height before it is measured, CSS pixels. */
  viewHeight: number;
  /** The least view height planned for, CSS pixels (a box not laid out yet measures 0). Default 0. */
  minViewHeight?: number;
}

export class VirtualList {
  /** The box's scroll position and height, bound by the component. */
  scrollTop = $state(0);
  viewHeight = $state(0);

  #estimates: () => number[];
  #margin: number;
  #minViewHeight: number;
  /** Bumped when a measurement changes a height: the index is mutated in place, not replaced. */
  #version = $state(0);
  // Read lazily, after the constructor has set the estimates.
  #heights = $derived.by(() => new HeightIndex(this.#estimates()));
  #observer: ResizeObserver | null = null;
  /** Which item each observed element is; bookkeeping, never read reactively. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #indexOf = new Map<Element, number>();

  /** `estimates`: each item's height before it is measured, CSS pixels (read reactively). */
  constructor(estimates: () => number[], options: VirtualListOptions) {
    this.#estimates = estimates;
    this.#margin = options.margin;
    this.#minViewHeight = options.minViewHeight ?? 0;
    this.viewHeight = options.viewHeight;
  }

  /** The items to draw and the spacers' heights. */
  drawn: ListWindow = $derived.by(() => {
    void this.#version;
    const view = Math.max(this.viewHeight, this.#minViewHeight);
    return listWindow(this.#heights, this.scrollTop, view, this.#margin);
  });

  /** Measures the element of item `index` while it is drawn. */
  measure(index: number): Attachment<Element> {
    return (element) => {
      this.#observer ??= new ResizeObserver((entries) => {
        let changed = false;
        for (const entry of entries) {
          const item = this.#indexOf.get(entry.target);
          const height = entry.borderBoxSize[0]?.blockSize;
          if (item !== undefined && height !== undefined)
            changed = this.#heights.set(item, height) || changed;
        }
        if (changed) this.#version++;
      });
      this.#indexOf.set(element, index);
      this.#observer.observe(element);
      return () => {
        this.#observer?.unobserve(element);
        this.#indexOf.delete(element);
      };
    };
  }
}
