import { main } from './main';

// The only place the command touches process: arguments, output streams, environment, exit code.
process.exitCode = await main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
});
