export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.fixtures.ts',
    'src/**/*.stories.ts',
    'src/**/*.logic.ts',
    'src/**/*.styles.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
