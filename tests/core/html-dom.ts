/**
 * A DOMParser for Node tests (happy-dom, JavaScript evaluation off: its default), standing in for the
 * browser's. The loader only needs `parseFromString(html, 'text/html')`.
 */
import { Window } from 'happy-dom';

const window = new Window();
const parser = new window.DOMParser();

export function parseHtml(html: string): Document {
  return parser.parseFromString(html, 'text/html') as unknown as Document;
}
