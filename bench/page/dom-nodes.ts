/**
 * DOM nodes of a page (elements, text, comments: everything a tree walker visits from the document),
 * the figure the page bench holds under 20,000 at any size.
 */
import type { Page } from 'playwright-core';

export async function countDomNodes(page: Page): Promise<number> {
  // A string, not a function: tsx would wrap a named function in a helper the page lacks.
  return Number(
    await page.evaluate(`(() => {
      let count = 0;
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
      while (walker.nextNode()) count++;
      return count;
    })()`),
  );
}
