// The posts folder setting, read safely (activation reads it; the templates stay out of that path).

/** A relative folder setting that stays inside the workspace folder. */
export function safeRelativeFolder(folder: string): string | undefined {
  const parts = folder
    .replace(/\\/g, '/')
    .split('/')
    .filter(p => p !== '' && p !== '.');
  if (parts.length === 0 || parts.some(p => p === '..') || /^[a-zA-Z]:/.test(folder) || folder.startsWith('/')) {
    return undefined;
  }
  return parts.join('/');
}
