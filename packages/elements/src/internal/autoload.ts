/** Loads and defines each element the first time one of its tags is in the document. */
export type ElementLoaders = Readonly<Record<string, () => Promise<unknown>>>;

/**
 * Watches `document` for the tags in `loaders`: the ones already in the HTML and any added later (by the host's
 * scripts or framework). Each loader runs at most once; one that fails (network) is tried again the next time a
 * tag of its kind appears. Tags inside other components' shadow roots are not seen: such components import the
 * elements they use, or the host calls {@link ElementLoaders} itself.
 */
export function autoload(loaders: ElementLoaders, root: Document = document): void {
  const waiting = new Map(Object.entries(loaders));
  const selector = [...waiting.keys()].join(',');

  const load = (tag: string): void => {
    const loader = waiting.get(tag);
    if (!loader) return;
    waiting.delete(tag);
    loader().catch((error: unknown) => {
      waiting.set(tag, loader);
      console.error(`[gos-elements] could not load <${tag}>:`, error);
    });
  };

  const scan = (node: Element | Document): void => {
    if (waiting.size === 0) return;
    if (node instanceof Element && waiting.has(node.localName)) load(node.localName);
    for (const element of node.querySelectorAll(selector)) load(element.localName);
  };

  scan(root);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  }).observe(root.documentElement, { childList: true, subtree: true });
}
