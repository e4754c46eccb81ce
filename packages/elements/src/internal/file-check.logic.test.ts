import { describe, expect, it } from 'vitest';
import { checkFile } from './file-check.js';

const ACCEPTED = ['application/pdf', 'image/png'];

describe('checkFile', () => {
  it('accepts a file of an accepted type within the size', () => {
    expect(checkFile({ size: 10, type: 'image/png', name: 'scan.png' }, ACCEPTED, 100)).toEqual({ ok: true });
  });

  it('refuses an empty file, then a too large one, then one of another type', () => {
    expect(checkFile({ size: 0, type: 'image/png', name: 'a.png' }, ACCEPTED, 100).problem).toBe('empty');
    expect(checkFile({ size: 101, type: 'image/png', name: 'a.png' }, ACCEPTED, 100).problem).toBe('size');
    expect(checkFile({ size: 10, type: 'image/gif', name: 'a.gif' }, ACCEPTED, 100).problem).toBe('type');
  });

  it('goes by the extension when the browser gives no type', () => {
    expect(checkFile({ size: 10, type: '', name: 'Скан.PDF' }, ACCEPTED, 100)).toEqual({ ok: true });
    expect(checkFile({ size: 10, type: '', name: 'scan.jpeg' }, ACCEPTED, 100).problem).toBe('type');
    expect(checkFile({ size: 10, type: '', name: 'scan' }, ACCEPTED, 100).problem).toBe('type');
  });
});
