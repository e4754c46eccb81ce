import { expect } from '@open-wc/testing';
import { autoload } from './autoload.js';

const nextMutations = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('autoload', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll('[data-autoload-test]')) el.remove();
  });

  it('loads each element once: for tags in the page, and for tags added later', async () => {
    const calls: string[] = [];
    const present = document.createElement('test-present');
    present.dataset.autoloadTest = '';
    document.body.append(present);
    autoload({
      'test-present': () => (calls.push('present'), Promise.resolve()),
      'test-later': () => (calls.push('later'), Promise.resolve()),
      'test-never': () => (calls.push('never'), Promise.resolve()),
    });
    expect(calls).to.deep.equal(['present']);

    const wrapper = document.createElement('div');
    wrapper.dataset.autoloadTest = '';
    wrapper.innerHTML =
      '<section><test-later></test-later><test-later></test-later><test-present></test-present></section>';
    document.body.append(wrapper);
    await nextMutations();
    document.body.append(Object.assign(document.createElement('test-later'), { hidden: true }));
    await nextMutations();
    expect(calls).to.deep.equal(['present', 'later']);
  });

  it('tries a failed load again the next time its tag appears', async () => {
    let attempts = 0;
    const originalError = console.error;
    console.error = () => undefined;
    try {
      autoload({ 'test-flaky': () => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve()) });
      for (let i = 0; i < 3; i += 1) {
        const el = document.createElement('test-flaky');
        el.dataset.autoloadTest = '';
        document.body.append(el);
        await nextMutations();
      }
      expect(attempts).to.equal(2);
    } finally {
      console.error = originalError;
    }
  });
});
