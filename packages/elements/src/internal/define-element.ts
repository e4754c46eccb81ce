import { VERSION } from './version.js';

/** What a gos element class exposes statically, so a later copy can tell who registered a tag. */
export interface VersionedElementConstructor extends CustomElementConstructor {
  readonly gosVersion?: string;
}

/**
 * Registers `tagName` unless it is already defined. Host pages often load the SDK twice (the CDN file and an npm
 * build, or two widgets from two vendors); re-defining would throw and break the page, so the first definition
 * stays, and a warning names both versions when they differ.
 */
export function defineElement(
  tagName: string,
  constructor: VersionedElementConstructor,
  registry: CustomElementRegistry = customElements,
): void {
  const existing = registry.get(tagName) as VersionedElementConstructor | undefined;
  if (!existing) {
    registry.define(tagName, constructor);
    return;
  }
  if (existing === constructor) return;
  const ours = constructor.gosVersion ?? VERSION;
  if (existing.gosVersion !== ours) {
    const theirs = existing.gosVersion ? `gos-elements ${existing.gosVersion}` : 'another library';
    console.warn(
      `[gos-elements] <${tagName}> is already defined by ${theirs}; gos-elements ${ours} did not redefine it. ` +
        `Load one copy of gos-elements per page.`,
    );
  }
}
