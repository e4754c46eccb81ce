import { expect } from '@open-wc/testing';
import { defineElement } from './define-element.js';

function captureWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (message: string) => warnings.push(message);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('defineElement', () => {
  it('registers a new tag', () => {
    class First extends HTMLElement {}
    defineElement('gos-define-first', First);
    expect(customElements.get('gos-define-first')).to.equal(First);
  });

  it('skips silently when the same SDK version registers the tag again', () => {
    class Original extends HTMLElement {
      static readonly gosVersion = '0.1.0';
    }
    class SecondCopy extends HTMLElement {
      static readonly gosVersion = '0.1.0';
    }
    defineElement('gos-define-same', Original);
    const warnings = captureWarnings(() => defineElement('gos-define-same', SecondCopy));
    expect(customElements.get('gos-define-same')).to.equal(Original);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first definition and warns with both versions on a clash', () => {
    class Old extends HTMLElement {
      static readonly gosVersion = '0.0.9';
    }
    class New extends HTMLElement {
      static readonly gosVersion = '0.2.0';
    }
    defineElement('gos-define-clash', Old);
    const warnings = captureWarnings(() => defineElement('gos-define-clash', New));
    expect(customElements.get('gos-define-clash')).to.equal(Old);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('gos-elements 0.0.9').and.contain('gos-elements 0.2.0');
  });

  it('warns when another library owns the tag', () => {
    customElements.define('gos-define-foreign', class extends HTMLElement {});
    const warnings = captureWarnings(() =>
      defineElement(
        'gos-define-foreign',
        class extends HTMLElement {
          static readonly gosVersion = '0.1.0';
        },
      ),
    );
    expect(warnings[0]).to.contain('another library');
  });
});
