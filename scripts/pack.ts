// Stages the built widgets as a Zoho Extension Toolkit project, then runs the real `zet validate` and `zet pack`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const name = 'zoho-duplicate-preview';
const stage = resolve(root, 'build/zet', name);
const zet = resolve(root, 'node_modules/zoho-extension-toolkit/index.js');

rmSync(resolve(root, 'build/zet'), { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
cpSync(resolve(root, 'build/app'), resolve(stage, 'app'), { recursive: true });
copyFileSync(resolve(root, 'plugin-manifest.json'), resolve(stage, 'plugin-manifest.json'));

const runZet = (command: string): string => {
  const result = spawnSync(process.execPath, [zet, command], { cwd: stage, encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`;
  process.stdout.write(output);
  // zet prints problems (left-out files, size limits) but may still exit 0: treat any of them as failure.
  if (result.status !== 0 || /error|invalid|not allowed|ignored|exceed/i.test(output)) {
    console.error(`zet ${command} failed`);
    process.exit(1);
  }
  return output;
};

runZet('validate');
runZet('pack');
mkdirSync(resolve(root, 'dist'), { recursive: true });
copyFileSync(resolve(stage, 'dist', `${name}.zip`), resolve(root, 'dist', `${name}.zip`));
console.log(`wrote dist/${name}.zip`);
