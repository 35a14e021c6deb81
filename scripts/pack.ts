// Stages the built widgets as a Zoho Extension Toolkit project, then runs the real `zet validate` and `zet pack`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { listFiles, zetProblems } from './zet-rules';

const root = resolve(import.meta.dirname, '..');
const name = 'zoho-duplicate-preview';
const stage = resolve(root, 'build/zet', name);
const zet = resolve(root, 'node_modules/zoho-extension-toolkit/index.js');

const problems = zetProblems(resolve(root, 'build/app'));
if (problems.length > 0) {
  console.error(`build/app would not pack whole:\n${problems.join('\n')}`);
  process.exit(1);
}

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
// Everything built must be in the zip: zet drops what it does not like without failing.
const zipped = new Set(
  spawnSync(
    'python3',
    [
      '-c',
      'import sys,zipfile;print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))',
      resolve(root, 'dist', `${name}.zip`),
    ],
    { encoding: 'utf8' },
  )
    .stdout.split('\n')
    .filter(Boolean),
);
const missing = listFiles(resolve(root, 'build/app')).filter((f) => !zipped.has(`app/${f}`));
if (missing.length > 0) {
  console.error(`left out of the zip: ${missing.join(', ')}`);
  process.exit(1);
}
// The Client Script is pasted into Setup, not uploaded with the widget: it ships beside the zip.
const clientScript = 'duplicate-preview.client-script.js';
copyFileSync(resolve(root, 'build/client-script', clientScript), resolve(root, 'dist', clientScript));
console.log(`wrote dist/${name}.zip (${zipped.size} files) and dist/${clientScript}`);
