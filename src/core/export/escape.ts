/**
 * Escaping for markup built as strings (the HTML report, the SVG chart, the formatted citation). Every
 * piece of report text, file name or label passes through one of these before it joins markup: text
 * from the user's files is never markup.
 *
 * Example: escapeHtml('<b>“&”</b>') → '&lt;b&gt;“&amp;”&lt;/b&gt;'
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in element content and in double- or single-quoted attribute values (HTML and XML alike). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
