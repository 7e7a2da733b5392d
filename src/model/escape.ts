/** Escaping for the string renderers (新旧対照表, checker report, Atom feed): one function, safe in text and in quoted attributes. */

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `s` as HTML or XML text or a quoted attribute value: & < > " ' become references. Browser-safe. */
export function escapeHtml(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (ch) => ENTITY[ch]!);
}
