/**
 * Appends every item to the list. Not `list.push(...items)`: a spread passes each item as an
 * argument, and some 180,000 findings (a hostile file's schema errors) overflowed the stack.
 */
export function pushAll<T>(list: T[], items: Iterable<T>): void {
  for (const item of items) list.push(item);
}
