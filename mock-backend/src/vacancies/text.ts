// Words as the search sees them: lower case, «ё» as «е», split on anything that is not a letter or a digit, each
// reduced to its stem by the Snowball Russian stemmer, so that «бухгалтер», «бухгалтера» and «бухгалтеров» are one
// word to the index. The same functions read the data and the queries, so the two always agree.
import { normaliseSearchText } from '@gos-elements/contracts';
import { stemmer } from '@orama/stemmers/russian';

/**
 * Words too common to find anything by (the Snowball project's Russian stop list, shortened): left out of the index
 * and of queries, so «бухгалтер в школу» looks for «бухгалтер» and «школа».
 */
const STOP_WORDS = new Set(
  (
    'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от ' +
    'меня еще нет о из ему теперь когда даже ну ли если уже или ни быть был него до вас нибудь опять уж вам ведь ' +
    'там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз ' +
    'тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы ' +
    'нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти ' +
    'нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя ' +
    'такой им более всегда конечно всю между'
  ).split(' '),
);

const WORD = /[a-zа-я0-9]+/g;

/** Text folded for searching: whitespace collapsed, lower case, «ё» as «е». */
export const foldText = normaliseSearchText;

/** The words of folded text, stop words included. */
export function wordsOf(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/**
 * Stems, remembered: the stemmer takes about a microsecond a word, and 50,000 vacancies hold millions of words but
 * only some tens of thousands of different ones.
 */
export class Stemmer {
  readonly #cache = new Map<string, string>();

  stem(word: string): string {
    let stem = this.#cache.get(word);
    if (stem === undefined) {
      // Digits and Latin words (1С, SMM, Java) are kept as they are; the Russian rules would only damage them.
      stem = /[а-я]/.test(word) ? stemmer(word) : word;
      this.#cache.set(word, stem);
    }
    return stem;
  }
}

/** The stems a query asks for, with the words they came from: stop words dropped, each stem once, in order. */
export function queryTerms(folded: string, stems: Stemmer): { readonly words: string[]; readonly stems: string[] } {
  const words: string[] = [];
  const seen: string[] = [];
  for (const word of wordsOf(folded)) {
    if (isStopWord(word)) continue;
    const stem = stems.stem(word);
    if (seen.includes(stem)) continue;
    seen.push(stem);
    words.push(word);
  }
  return { words, stems: seen };
}
