/** The deepest organization path above every path between lo and hi (sorted paths: the first and
 * last decide): where an action on a cluster spanning several units is filed in the audit log. */
export function commonPath(lo: string | null, hi: string | null): string | null {
  if (!lo || !hi) return lo ?? hi;
  let i = 0;
  while (i < lo.length && i < hi.length && lo[i] === hi[i]) i++;
  const cut = lo.slice(0, i).lastIndexOf('/');
  return cut > 0 ? lo.slice(0, cut + 1) : null;
}
