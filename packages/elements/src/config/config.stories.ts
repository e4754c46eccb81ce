import type { GosConfig, LowVisionScheme } from '@gos-elements/core';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, render, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { GosConfigElement } from './config.js';
import './define.js';

// There is no consumer element in these stories on purpose: <gos-config> only provides settings, so the stories
// show the host page it wraps and, next to it, the settings in force (the element's public `resolvedConfig`).

/** The attributes of `<gos-config>`, as a webmaster writes them. */
interface ConfigAttributes {
  issuer?: string;
  'client-id'?: string;
  'redirect-uri'?: string;
  'api-base'?: string;
  locale?: string;
  theme?: string;
  'low-vision'?: boolean;
  'low-vision-scheme'?: string;
}

const ATTRIBUTE_ORDER = [
  'issuer',
  'client-id',
  'redirect-uri',
  'api-base',
  'locale',
  'theme',
  'low-vision',
  'low-vision-scheme',
] as const satisfies readonly (keyof ConfigAttributes)[];

/** Settings of the mock backend, as the demo site uses them. */
const MOCK: ConfigAttributes = {
  issuer: 'http://localhost:4000/oidc',
  'client-id': 'mintrud-portal',
  'redirect-uri': '/signed-in',
  'api-base': 'http://localhost:4000/api/v1',
};

type Locale = 'ru' | 'en';
/** What the helpers need of a story's context: the toolbar's globals. */
type Globals = Pick<StoryContext, 'globals'>;

const TEXT = {
  ru: {
    site: 'Министерство труда и социальной защиты Российской Федерации',
    heading: 'Электронные услуги',
    intro: 'Подайте заявление, проследите за его статусом и посмотрите историю выплат — войдите через Госуслуги.',
    place: 'Здесь сайт размещает элементы gos-elements: все они берут настройки из окружающего <gos-config>.',
    jobs: 'Работа России: поиск вакансий',
    jobsIntro: 'Этот раздел встроен партнёром со своим идентификатором клиента.',
  },
  en: {
    site: 'Ministry of Labour and Social Protection of the Russian Federation',
    heading: 'Online services',
    intro: 'Apply for a service, follow its status and see your payment history — sign in with Gosuslugi.',
    place: 'The site puts gos-elements tags here: all of them take their settings from the enclosing <gos-config>.',
    jobs: 'Work in Russia: job search',
    jobsIntro: 'This section is embedded by a partner with its own client id.',
  },
} satisfies Record<Locale, Record<string, string>>;

const text = (context: Globals): (typeof TEXT)[Locale] => TEXT[context.globals.locale === 'en' ? 'en' : 'ru'];

const demoStyles = html`<style>
  .cfg-demo {
    display: grid;
    gap: 1rem;
    max-inline-size: 60rem;
  }
  .cfg-demo__site {
    margin: 0;
    padding-block-end: 0.5rem;
    border-block-end: 2px solid currentColor;
    font-weight: 700;
  }
  .cfg-demo h2,
  .cfg-demo h3 {
    margin: 0.5rem 0;
  }
  .cfg-demo p {
    margin: 0.5rem 0;
  }
  .cfg-demo__place {
    padding: 1rem;
    border: 2px dashed currentColor;
  }
  .cfg-demo__partner {
    padding: 1rem;
    border: 1px solid currentColor;
  }
  .cfg-readout {
    padding: 0.75rem 1rem;
    border: 1px solid currentColor;
    font-size: 0.875em;
  }
  .cfg-readout__title {
    margin: 0 0 0.5rem;
    font-weight: 700;
  }
  .cfg-readout dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  .cfg-readout dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .cfg-readout code {
    font-family: ui-monospace, 'Cascadia Mono', Consolas, monospace;
    color: inherit;
  }
</style>`;

// ---------------------------------------------------------------------------------------------------------------
// Rendering helpers

/** `<gos-config>` with exactly the given attributes; `onReady` gets the element once its settings have settled. */
function gosConfig(
  attributes: ConfigAttributes,
  content: TemplateResult,
  onReady?: (element: GosConfigElement) => void,
): TemplateResult {
  // A fresh callback on every render, so the readout follows toolbar changes too.
  const whenSettled = (element: Element | undefined): void => {
    if (element && onReady) void settled(element as GosConfigElement).then(() => onReady(element as GosConfigElement));
  };
  return html`<gos-config
    issuer=${attributes.issuer ?? nothing}
    client-id=${attributes['client-id'] ?? nothing}
    redirect-uri=${attributes['redirect-uri'] ?? nothing}
    api-base=${attributes['api-base'] ?? nothing}
    locale=${attributes.locale ?? nothing}
    theme=${attributes.theme ?? nothing}
    ?low-vision=${attributes['low-vision'] === true}
    low-vision-scheme=${attributes['low-vision-scheme'] ?? nothing}
    ${ref(whenSettled)}
    >${content}</gos-config
  >`;
}

/** Waits until this `<gos-config>` and every one around it have applied their attributes and inheritance. */
async function settled(element: GosConfigElement): Promise<void> {
  await null; // lit calls ref callbacks just before it inserts the new DOM
  const chain: GosConfigElement[] = [];
  for (let node: GosConfigElement | null = element; node; node = node.parentElement?.closest('gos-config') ?? null) {
    chain.unshift(node);
  }
  do {
    for (const config of chain) await config.updateComplete;
  } while (chain.some((config) => config.isUpdatePending));
}

const READOUT_FIELDS = [
  'issuer',
  'clientId',
  'redirectUri',
  'apiBase',
  'locale',
  'theme',
  'lowVision',
  'lowVisionScheme',
] as const satisfies readonly (keyof GosConfig)[];

/**
 * An empty box that fills with the settings in force of the `<gos-config>` passed to the returned callback.
 * Stories are rendered more than once on a docs page, so the box is found by reference, never by id.
 */
function readout(title: string): { box: TemplateResult; show: (element: GosConfigElement) => void } {
  let box: HTMLElement | undefined;
  let pending: GosConfigElement | undefined;
  const fill = (element: GosConfigElement): void => {
    if (!box) {
      pending = element;
      return;
    }
    const config = element.resolvedConfig;
    render(
      html`<dl>
        ${READOUT_FIELDS.map(
          (field) =>
            html`<dt><code>${field}</code></dt>
              <dd>
                ${config[field] === undefined ? html`<i>not set</i>` : html`<code>${String(config[field])}</code>`}
              </dd>`,
        )}
      </dl>`,
      box,
    );
  };
  return {
    box: html`<section class="cfg-readout" lang="en" aria-label=${title}>
      <p class="cfg-readout__title">${title}</p>
      <div
        ${ref((element) => {
          box = element as HTMLElement | undefined;
          if (box && pending) fill(pending);
        })}
      ></div>
    </section>`,
    show: fill,
  };
}

/** The part of a host page that a `<gos-config>` typically wraps: the site's own markup, with gos tags inside. */
function hostPage(context: Globals): TemplateResult {
  const t = text(context);
  return html`<p class="cfg-demo__site">${t.site}</p>
    <h2>${t.heading}</h2>
    <p>${t.intro}</p>
    <p class="cfg-demo__place">${t.place}</p>`;
}

/** The markup a webmaster writes, for the docs' "Show code". */
function markup(attributes: ConfigAttributes, inner: string[], indent = ''): string {
  const attrs = ATTRIBUTE_ORDER.flatMap((name) => {
    const value = attributes[name];
    if (value === undefined || value === false || value === '') return [];
    return value === true ? [name] : [`${name}="${String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`];
  });
  const open =
    attrs.length > 2
      ? `<gos-config\n${indent}  ${attrs.join(`\n${indent}  `)}\n${indent}>`
      : `<gos-config${attrs.map((a) => ` ${a}`).join('')}>`;
  return [`${indent}${open}`, ...inner.map((line) => `${indent}  ${line}`), `${indent}</gos-config>`].join('\n');
}

const PAGE_COMMENT = '<!-- your page: gos-* tags anywhere in here use these settings -->';

/** A story of one `<gos-config>` around the host page, with its settings in force beside it. */
function configStory(attributes: ConfigAttributes, context: Globals): TemplateResult {
  const { box, show } = readout('Settings in force here (resolvedConfig)');
  return html`${demoStyles}
    <div class="cfg-demo">${gosConfig(attributes, hostPage(context), show)} ${box}</div>`;
}

/** A story pinned to one state of the toolbar, with `attributes` on its own `<gos-config>`. */
function pinned(
  attributes: ConfigAttributes,
  globals: Record<string, string>,
): Pick<Story, 'render' | 'globals' | 'parameters'> {
  return {
    globals,
    render: (_args, context) => configStory(attributes, context),
    parameters: { docs: { source: { code: markup(attributes, [PAGE_COMMENT]), language: 'html' } } },
  };
}

// ---------------------------------------------------------------------------------------------------------------

const SCHEMES: readonly LowVisionScheme[] = ['black-on-white', 'white-on-black', 'blue', 'brown', 'green'];

/** The controls: the attributes, plus the read-only `resolvedConfig` shown in the table. */
type StoryArgs = ConfigAttributes & { readonly resolvedConfig?: GosConfig };

/** Control label for "attribute absent". */
const NOT_SET = { undefined: '(not set)' };

const meta = {
  title: 'Configuration/gos-config',
  component: 'gos-config',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `
\`<gos-config>\` holds the settings every gos element needs: where the identity provider (ESIA or the mock) and
the cabinet API are, which client your site is, the language, the colour theme and the low-vision mode.
Put **one** near the top of the page; it draws nothing itself (\`display: contents\`), so wrapping your layout in it
changes nothing visually.

**How to add it**

1. Load the SDK once: \`<script type="module" src="/vendor/gos-elements.js"></script>\` (the file
   \`dist/cdn/gos-elements.js\` of \`@gos-elements/elements\`, hosted on your site), or with a bundler
   \`import '@gos-elements/elements/all';\` (or only \`@gos-elements/elements/config/define\`).
2. Write the tag with the values your site received when it was registered at the identity provider:
   \`issuer\` and \`client-id\` are required for sign-in, \`api-base\` for the cabinet components,
   \`redirect-uri\` only if sign-in should return to another page than the current one. URLs may be relative.
3. Put gos elements anywhere **inside** it. Elements outside every \`<gos-config>\` use the first top-level one on
   the page, so one config in \`<body>\` is enough even if your CMS places widgets elsewhere.

**Language, theme, low vision.** Without \`locale\`, elements speak the language of the nearest \`lang\` attribute
(Russian when there is none or it is unsupported); \`locale="en"\` forces English for everything inside.
\`theme="dark"\` switches the elements to dark colours, \`theme="auto"\` follows the visitor's system setting.
If your site has a "версия для слабовидящих" switch, let it set \`low-vision\` and \`low-vision-scheme\` on this tag
(\`config.toggleAttribute('low-vision', on)\`, \`config.setAttribute('low-vision-scheme', 'blue')\`): elements
then use the chosen colours, large type and wide spacing, and hide decorative images.

**Nesting.** A \`<gos-config>\` inside another overrides only what it sets and inherits the rest — e.g. a partner
widget with its own \`client-id\` on a ministry page. Low-vision mode switched on outside cannot be switched off inside.

**Mistakes do not break the page.** An invalid value (a URL that is not http(s), \`theme="blue"\`) is ignored with
a console warning naming the attribute; the other attributes still apply. Attributes can change at any time.

In this Storybook every story sits inside an outer \`<gos-config>\` driven by the toolbar (theme, language, low
vision), so a story's own \`<gos-config>\` inherits from it whatever it does not set — the boxes titled
"Settings in force" show the result.`,
      },
    },
  },
  argTypes: {
    issuer: { control: 'text' },
    'client-id': { control: 'text' },
    'redirect-uri': { control: 'text' },
    'api-base': { control: 'text' },
    locale: { control: { type: 'inline-radio', labels: NOT_SET }, options: [undefined, 'ru', 'en'] },
    theme: { control: { type: 'inline-radio', labels: NOT_SET }, options: [undefined, 'light', 'dark', 'auto'] },
    'low-vision': { control: 'boolean' },
    'low-vision-scheme': { control: { type: 'select', labels: NOT_SET }, options: [undefined, ...SCHEMES] },
    // Read-only: shown in the table, not editable.
    resolvedConfig: { control: false },
  },
} satisfies Meta<StoryArgs>;

export default meta;
type Story = StoryObj<StoryArgs>;

/**
 * Change the attributes in the controls and watch the settings in force. With no attributes set, everything
 * comes from the defaults (and, here, from Storybook's outer configuration driven by the toolbar).
 */
export const Default: Story = {
  args: {},
  render: (args, context) => configStory(args, context),
  parameters: {
    docs: {
      source: {
        transform: (_code: string, context: StoryContext) => markup(context.args as ConfigAttributes, [PAGE_COMMENT]),
        language: 'html',
      },
    },
  },
};

/**
 * A typical page: one `<gos-config>` with the identity provider, the client and the cabinet API, wrapping the
 * site's content. Every gos element placed in that content uses these settings.
 */
export const HostPage: Story = {
  name: 'Page with a config',
  ...pinned(MOCK, {}),
};

/** `theme="dark"` for a site with a dark design. `theme="auto"` would follow the visitor's system setting. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  ...pinned({ ...MOCK, theme: 'dark' }, { theme: 'dark' }),
};

function lowVisionStory(scheme: LowVisionScheme, description: string): Story {
  const story = pinned({ ...MOCK, 'low-vision': true, 'low-vision-scheme': scheme }, { lowVision: scheme });
  return {
    ...story,
    name: `Low vision: ${scheme.replaceAll('-', ' ')}`,
    parameters: { docs: { ...story.parameters?.docs, description: { story: description } } },
  };
}

export const LowVisionBlackOnWhite = lowVisionStory(
  'black-on-white',
  'Low-vision mode, scheme "black on white": `low-vision-scheme="black-on-white"`, also used when only ' +
    '`low-vision` is set.',
);
export const LowVisionWhiteOnBlack = lowVisionStory(
  'white-on-black',
  'Low-vision mode, scheme "white on black": `low-vision-scheme="white-on-black"`.',
);
export const LowVisionBlue = lowVisionStory(
  'blue',
  'Low-vision mode, scheme "blue": dark blue #063462 on light blue #9DD1FF, `low-vision-scheme="blue"`.',
);
export const LowVisionBrown = lowVisionStory(
  'brown',
  'Low-vision mode, scheme "brown": brown #4D4B43 on beige #F7F3D6, `low-vision-scheme="brown"`.',
);
export const LowVisionGreen = lowVisionStory(
  'green',
  'Low-vision mode, scheme "green": green #A9E44D on dark brown #3B2716, `low-vision-scheme="green"`.',
);

/**
 * `locale="en"` makes every element inside speak English whatever the page's `lang`. Without it, elements follow
 * the nearest `lang` attribute, so an English section of a Russian site (`<section lang="en">`) works too.
 */
export const EnglishLocale: Story = {
  name: 'English locale',
  ...pinned({ ...MOCK, locale: 'en' }, { locale: 'en' }),
};

const NESTED_MARKUP = markup(MOCK, [
  '<!-- the ministry page -->',
  '<section>',
  ...markup({ 'client-id': 'trudvsem-widget' }, ['<!-- the partner widget: same issuer and API, its own client id -->'])
    .split('\n')
    .map((line) => `  ${line}`),
  '</section>',
]);

/**
 * A partner widget on a ministry page: the inner `<gos-config>` sets only its own `client-id`; the issuer, API and
 * everything else come from the page's config around it.
 */
export const NestedConfig: Story = {
  name: 'Nested config overriding client-id',
  render: (_args, context) => {
    const t = text(context);
    const partner: ConfigAttributes = { 'client-id': 'trudvsem-widget' };
    const outer = readout('Settings in force on the page (outer config)');
    const inner = readout('Settings in force in the partner section (inner config)');
    return html`${demoStyles}
      <div class="cfg-demo">
        ${gosConfig(
          MOCK,
          html`${hostPage(context)}
            <section class="cfg-demo__partner" aria-label=${t.jobs}>
              <h3>${t.jobs}</h3>
              <p>${t.jobsIntro}</p>
              ${gosConfig(partner, html`<p class="cfg-demo__place">${t.place}</p>`, inner.show)}
            </section>`,
          outer.show,
        )}
        ${outer.box} ${inner.box}
      </div>`;
  },
  parameters: {
    docs: {
      source: {
        code: NESTED_MARKUP,
        language: 'html',
      },
    },
  },
};
