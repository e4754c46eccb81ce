// Every story renders inside a <gos-config> driven by the toolbar (theme, language, low-vision scheme), on a canvas
// painted like a host page in that mode; MSW answers the stories' requests; the a11y addon fails on violations.
import '@gos-elements/elements/all';
import { LOW_VISION_SCHEMES, THEMES, type LowVisionScheme, type Theme } from '@gos-elements/core';
import { LOW_VISION_COLORS, PALETTES } from '@gos-elements/elements';
import manifest from '@gos-elements/elements/custom-elements.json';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { cabinetMswHandlers } from './cabinet.js';

setCustomElementsManifest(forDocs(manifest));

interface ManifestAttribute {
  name: string;
  fieldName?: string;
  description?: string;
}
interface ManifestMember {
  name: string;
  kind: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
}
interface ManifestDeclaration {
  kind: string;
  name: string;
  members?: ManifestMember[];
  attributes?: ManifestAttribute[];
}
interface Manifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

/**
 * The manifest as the docs tables should show it: only the public instance API (no `#private`, protected or static
 * members), and each attribute once — a property that mirrors an attribute is named in the attribute's row.
 */
function forDocs(source: Manifest): Manifest {
  return {
    ...source,
    modules: source.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        const mirrored = new Set(declaration.attributes?.map((attribute) => attribute.fieldName ?? attribute.name));
        return {
          ...declaration,
          members: declaration.members?.filter(
            (member) =>
              !member.name.startsWith('#') &&
              member.privacy !== 'private' &&
              member.privacy !== 'protected' &&
              member.static !== true &&
              !mirrored.has(member.name),
          ),
          attributes: declaration.attributes?.map((attribute) =>
            attribute.fieldName && attribute.fieldName !== attribute.name
              ? {
                  ...attribute,
                  description: `${attribute.description ?? ''}\n\nProperty: \`${attribute.fieldName}\`.`.trim(),
                }
              : attribute,
          ),
        };
      }),
    })),
  };
}

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the bar every story must pass (tests/storybook-a11y.e2e.ts too). */
const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type LocaleGlobal = 'ru' | 'en';
type LowVisionGlobal = 'off' | LowVisionScheme;

const THEME_TITLES: Record<Theme, string> = { light: 'Light', dark: 'Dark', auto: 'Auto (system)' };
const SCHEME_TITLES: Record<LowVisionScheme, string> = {
  'black-on-white': 'Black on white',
  'white-on-black': 'White on black',
  blue: 'Blue (#063462 on #9DD1FF)',
  brown: 'Brown (#4D4B43 on #F7F3D6)',
  green: 'Green (#A9E44D on #3B2716)',
};

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : fallback;
}

// The canvas imitates the host page: its colours follow the theme, and in low-vision mode it takes the chosen
// scheme with larger, wider-spaced type, as a "версия для слабовидящих" toggle on a ministry site would do.
// Colours come from the SDK's own palettes, so stories and components never disagree.
const canvasColors = (bg: string, fg: string, link: string): string =>
  `background-color: ${bg}; color: ${fg}; --gos-sb-link: ${link};`;
const canvasCss = `
  [data-gos-sb-theme] { ${canvasColors(PALETTES.light.surface, PALETTES.light['on-surface'], PALETTES.light.primary)} }
  [data-gos-sb-theme='dark'] { ${canvasColors(PALETTES.dark.surface, PALETTES.dark['on-surface'], PALETTES.dark.primary)} }
  @media (prefers-color-scheme: dark) {
    [data-gos-sb-theme='auto'] { ${canvasColors(PALETTES.dark.surface, PALETTES.dark['on-surface'], PALETTES.dark.primary)} }
  }
  ${LOW_VISION_SCHEMES.map(
    (scheme) =>
      `[data-gos-sb-theme][data-gos-sb-low-vision='${scheme}'] { ${canvasColors(
        LOW_VISION_COLORS[scheme].bg,
        LOW_VISION_COLORS[scheme].fg,
        LOW_VISION_COLORS[scheme].fg,
      )} }`,
  ).join('\n')}
  .gos-sb-canvas {
    font-family: system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    line-height: 1.5;
  }
  .gos-sb-canvas[data-gos-sb-low-vision] {
    font-family: Arial, 'Helvetica Neue', sans-serif;
    font-size: 1.5rem;
    line-height: 1.8;
    letter-spacing: 0.05em;
  }
  .gos-sb-canvas a { color: var(--gos-sb-link); }
  .gos-sb-canvas[data-gos-sb-view='docs'] { padding: 1rem; }
`;
const canvasStyle = document.createElement('style');
canvasStyle.dataset.gosStorybook = 'canvas';
canvasStyle.textContent = canvasCss;
document.head.append(canvasStyle);

function paint(element: HTMLElement, theme: Theme, scheme: LowVisionScheme | undefined): void {
  element.dataset.gosSbTheme = theme;
  if (scheme) element.dataset.gosSbLowVision = scheme;
  else delete element.dataset.gosSbLowVision;
}

/**
 * Wraps every story in `<gos-config theme locale low-vision low-vision-scheme>` from the toolbar, inside an element
 * carrying `lang`, so both ways elements learn the language (config and nearest `lang`) are exercised. A story's own
 * `<gos-config>` inherits what it does not set from this one.
 */
const withGosConfig: Decorator = (story, context) => {
  const theme = pick<Theme>(context.globals.theme, THEMES, 'light');
  const locale = pick<LocaleGlobal>(context.globals.locale, ['ru', 'en'], 'ru');
  const lowVision = pick<LowVisionGlobal>(context.globals.lowVision, ['off', ...LOW_VISION_SCHEMES], 'off');
  const scheme = lowVision === 'off' ? undefined : lowVision;
  if (context.viewMode === 'story') {
    // The whole canvas is the host page here; in docs mode the docs page keeps its own language and colours.
    document.documentElement.lang = locale;
    paint(document.body, theme, scheme);
  } else {
    delete document.body.dataset.gosSbTheme;
    delete document.body.dataset.gosSbLowVision;
  }
  return html`<div
    class="gos-sb-canvas"
    lang=${locale}
    data-gos-sb-view=${context.viewMode}
    data-gos-sb-theme=${theme}
    data-gos-sb-low-vision=${scheme ?? nothing}
  >
    <gos-config
      theme=${theme}
      locale=${locale}
      ?low-vision=${scheme !== undefined}
      low-vision-scheme=${scheme ?? nothing}
      >${story()}</gos-config
    >
  </div>`;
};

/**
 * Starts MSW's worker for the stories. The worker script is addressed relative to the preview page, so Storybook
 * also works when published under a sub-path. Requests to other origins that no story handles are errors:
 * stories must run with no server at all.
 */
async function startMockServiceWorker() {
  const worker = setupWorker();
  await worker.start({
    quiet: true,
    serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).pathname },
    onUnhandledRequest(request, print) {
      if (new URL(request.url).origin === window.location.origin) return; // Storybook's own files
      print.error();
    },
  });
  return worker;
}

const preview: Preview = {
  decorators: [withGosConfig],
  loaders: [mswLoader(startMockServiceWorker)],
  globalTypes: {
    theme: {
      description: 'Colour theme: <gos-config theme>',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: THEMES.map((value) => ({ value, title: THEME_TITLES[value] })),
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language: <gos-config locale> and lang on the story root',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'ru', right: 'RU', title: 'Русский' },
          { value: 'en', right: 'EN', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    lowVision: {
      description: 'Low-vision mode ("версия для слабовидящих"): <gos-config low-vision low-vision-scheme>',
      toolbar: {
        title: 'Low vision',
        icon: 'eye',
        items: [
          { value: 'off', title: 'Low vision: off' },
          ...LOW_VISION_SCHEMES.map((value) => ({ value, title: SCHEME_TITLES[value] })),
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'ru', lowVision: 'off' },
  parameters: {
    // The mock cabinet answers every story (stories add their own handlers next to it).
    msw: { handlers: { cabinet: cabinetMswHandlers } },
    // The theme decides the canvas colour; a second background switch would only contradict it.
    backgrounds: { disable: true },
    controls: { expanded: true },
    docs: { toc: true },
    a11y: {
      // Violations show as errors in the panel (and fail the story's status), not as to-dos.
      test: 'error',
      options: { runOnly: { type: 'tag', values: WCAG_AA_TAGS } },
    },
  },
};

export default preview;
