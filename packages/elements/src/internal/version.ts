/** This package's version; compared when a tag is already registered, to warn about two SDK copies on one page. */
export const VERSION = '0.1.0';
