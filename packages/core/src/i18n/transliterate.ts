// Russian letters in Latin ones, as passports have spelt names since 2014 (щ → shch, ю → yu): for names typed in
// Latin and for Latin host names made from Russian words.
const LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** `text` with each lower-case Russian letter in Latin; everything else as it was. */
export function transliterate(text: string): string {
  return [...text].map((char) => LATIN[char] ?? char).join('');
}
