import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './shared/config.ts';

/**
 * The command line: `npm run atap -- <command>` (or the `atap` bin).
 *   serve                                   start the product (default)
 *   migrate                                 apply pending migrations
 *   seed-demo [--force]                     load the demo sites, agencies and services
 *   import-services <file> --agency CODE    import an agency's services from the XLSX/CSV template
 *   create-user --username U --password P --role R [--site CODE] [--agency CODE] [--booth PREFIX]
 *   generate-services --count N             add N generated services (benchmarks)
 *   reset-password --username U [--password P]   set a user's password (ends their sessions); without
 *                  --password it is asked for (no echo) or read from stdin
 *   rotate-data-key --from-development-key | --old-key-file FILE   re-encrypt personal data with this key
 *   ikm <file> [--json]                     the satisfaction index of a survey template file (no database)
 *   import-survey <file> --site CODE [--service ID|CODE]   import paper survey forms (all rows or none)
 *   complaints-sweep                        close answered complaints past their time, send escalation notices
 *   evaluation-sweep                        remind the site of evaluation findings past their due date
 *   serve --hub                             the national hub (same as ATAP_MODE=hub)
 *   site publish | site unpublish           publish this installation to the national hub, or stop
 *   hub add-site <conninfo> [--name N]      (on the hub) subscribe to a site's publication
 *   hub rollup [--all]                      (on the hub) rebuild the facts of changed days (--all: every day)
 */
const usage = `Usage: atap <serve|migrate|site|hub|seed-demo|import-services|create-user|generate-services|reset-password|rotate-data-key|ikm|import-survey|complaints-sweep|evaluation-sweep> [options]
  serve
  migrate
  seed-demo [--force]
  import-services <file.xlsx|file.csv> --agency CODE
  create-user --username U --password P --role national_admin|site_manager|agency_admin|officer|evaluator
              [--name "Display Name"] [--site SITECODE] [--agency AGENCYCODE] [--booth PREFIX]
  generate-services --count N
  reset-password --username U [--password P]   (without --password: asked for, or the first line of stdin)
  rotate-data-key --from-development-key | --old-key-file FILE
  ikm <file.xlsx|file.csv> [--json]   the satisfaction index (IKM) of a survey file, without importing it
  import-survey <file.xlsx|file.csv> --site CODE [--service ID|CODE]   paper survey forms, all rows or none
  complaints-sweep   close answered complaints past their time; send the at-risk and late notices
  evaluation-sweep   remind the site of evaluation findings past their due date (once a day each)
  serve --hub        the national hub (same as ATAP_MODE=hub)
  site publish       publish this installation to the national hub (prints the hub's login once)
  site unpublish     stop publishing
  hub add-site '<conninfo>' [--name site_xyz]   (on the hub) subscribe to a site's publication
  hub rollup [--all]   (on the hub) rebuild the national facts of the days that changed (--all: of every day)`;

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      force: { type: 'boolean', default: false },
      agency: { type: 'string' },
      username: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      site: { type: 'string' },
      booth: { type: 'string' },
      count: { type: 'string' },
      'from-development-key': { type: 'boolean', default: false },
      'old-key-file': { type: 'string' },
      json: { type: 'boolean', default: false },
      service: { type: 'string' },
      hub: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command = 'serve', ...rest] = positionals;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const config = loadConfig(process.env, values.hub ? { mode: 'hub' } : {});
  const commands = await import('./cli.commands.ts');
  switch (command) {
    case 'serve': {
      const { serve } = await import('./server.ts');
      await serve(config);
      return;
    }
    case 'migrate':
      return commands.migrateCommand(config);
    case 'seed-demo':
      return commands.seedCommand(config, values.force ?? false);
    case 'import-services':
      return commands.importCommand(config, rest[0], values.agency);
    case 'create-user':
      return commands.createUserCommand(config, values);
    case 'generate-services':
      return commands.generateCommand(config, Number(values.count ?? '450'));
    case 'reset-password':
      return commands.resetPasswordCommand(config, values.username, values.password);
    case 'rotate-data-key':
      return commands.rotateDataKeyCommand(config, {
        fromDevelopmentKey: values['from-development-key'] ?? false,
        oldKeyFile: values['old-key-file'],
      });
    case 'ikm':
      return commands.ikmCommand(rest[0], values.json ?? false);
    case 'import-survey':
      return commands.importSurveyCommand(config, rest[0], values.site, values.service);
    case 'complaints-sweep':
      return commands.complaintsSweepCommand(config);
    case 'evaluation-sweep':
      return commands.evaluationSweepCommand(config);
    case 'site':
      if (rest[0] === 'publish') return commands.sitePublishCommand(config);
      if (rest[0] === 'unpublish') return commands.siteUnpublishCommand(config);
      throw new ConfigError(`Unknown: site ${rest[0] ?? ''}.\n${usage}`);
    case 'hub':
      if (rest[0] === 'add-site') return commands.hubAddSiteCommand(config, rest[1], values.name);
      if (rest[0] === 'rollup') return commands.hubRollupCommand(config, values.all);
      throw new ConfigError(`Unknown: hub ${rest[0] ?? ''}.\n${usage}`);
    default:
      throw new ConfigError(`Unknown command '${command}'.\n${usage}`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
