// Reading a vacancies file is the Node side of the importer (the domain in vacancies/ stays browser-safe).
import { readFileSync } from 'node:fs';
import { importOpenData, type ImportResult } from './vacancies/index.js';

/** The vacancies of an open-data JSON file of «Работа России»; throws with the file's name when it cannot be read. */
export function loadVacanciesFile(file: string, fallbackDate: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Не удалось прочитать файл вакансий ${file} (cannot read the vacancies file): ${reason}`, {
      cause: error,
    });
  }
  return importOpenData(json, { fallbackDate });
}
