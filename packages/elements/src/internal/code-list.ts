/**
 * A ticked list of codes after one box changed: `code` added or removed, the rest kept, in the catalogue's `order`
 * (so the same choice always reads, and goes into the URL, the same way).
 */
export function toggledCodes<T extends string>(list: readonly T[], code: T, on: boolean, order: readonly T[]): T[] {
  const wanted = new Set(list);
  if (on) wanted.add(code);
  else wanted.delete(code);
  return order.filter((item) => wanted.has(item));
}
