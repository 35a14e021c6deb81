import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

// zet pack silently leaves out other types (.map .mjs .ico .webp .ts): refuse them before packing.
const ALLOWED = new Set(
  'html js css json svg png jpg gif woff woff2 ttf eot txt md xml mp3 mp4 webm'
    .split(' ')
    .map((e) => `.${e}`),
);
const FOLDER_NAME = /^[A-Za-z0-9_$-]+$/;
const MAX_FILES = 250;
const MAX_BYTES = 5 * 1024 * 1024;

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/** Every reason the folder would not pack whole under Zoho's widget rules; empty when it would. */
export const zetProblems = (appDir: string): string[] => {
  const files = walk(appDir);
  const problems: string[] = [];
  if (files.length > MAX_FILES) problems.push(`${files.length} files (at most ${MAX_FILES})`);
  for (const file of files) {
    const path = relative(appDir, file);
    if (!ALLOWED.has(extname(file).toLowerCase())) problems.push(`${path}: file type not allowed`);
    if (statSync(file).size > MAX_BYTES) problems.push(`${path}: larger than 5 MB`);
    for (const folder of path.split('/').slice(0, -1)) {
      if (!FOLDER_NAME.test(folder)) problems.push(`${path}: folder name "${folder}" not allowed`);
    }
  }
  return problems;
};

export const listFiles = (dir: string): string[] => walk(dir).map((f) => relative(dir, f));
