import { main } from './main';

// The process entry of the CLI: stdout carries only the result, stderr one line per problem.
process.exitCode = main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
});
