import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Migration } from './database.js';

const notes: Migration = {
  id: '0001-notes',
  up: (db) => db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)'),
};

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('keeps data in a file across reopening, applying each migration once', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'gos-db-'));
    dirs.push(dataDir);
    const first = openDatabase({ kind: 'directory', dataDir }, [notes]);
    first.prepare('INSERT INTO notes (text) VALUES (?)').run('сохранится');
    first.close();

    const second = openDatabase({ kind: 'directory', dataDir }, [notes]);
    expect(second.prepare('SELECT text FROM notes').all()).toEqual([{ text: 'сохранится' }]);
    expect(second.prepare('SELECT id FROM schema_migrations').all()).toEqual([{ id: '0001-notes' }]);
    second.close();
  });

  it('keeps nothing in memory mode', () => {
    const first = openDatabase({ kind: 'memory' }, [notes]);
    first.prepare('INSERT INTO notes (text) VALUES (?)').run('пропадёт');
    first.close();
    const second = openDatabase({ kind: 'memory' }, [notes]);
    expect(second.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 0 });
  });

  it('rolls back a failing migration whole and records nothing for it', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'gos-db-'));
    dirs.push(dataDir);
    const broken: Migration = {
      id: '0002-broken',
      up: (db) => {
        db.exec('CREATE TABLE half (id INTEGER)');
        throw new Error('boom');
      },
    };
    expect(() => openDatabase({ kind: 'directory', dataDir }, [notes, broken])).toThrow('boom');

    const reopened = openDatabase({ kind: 'directory', dataDir }, [notes]);
    const tables = reopened.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    expect(tables).not.toContainEqual({ name: 'half' });
    expect(reopened.prepare('SELECT id FROM schema_migrations').all()).toEqual([{ id: '0001-notes' }]);
    reopened.close();
  });
});
