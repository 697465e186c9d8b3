// Text from the file written into the dashboard's HTML: escaped, always.

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"'`]/g,
    c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' })[c]!,
  );
}
