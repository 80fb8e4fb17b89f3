/** Whether a page URL matches an invitation pattern, where * stands for any run of characters. */
export function matchesPattern(url: string, pattern: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
  return re.test(url);
}
