// @ts-check
// The layers of src-main, top to bottom. A folder imports only from its own layer or the layers
// below it (ESLint's import-x/no-restricted-paths, built from this table in eslint.config.js);
// docs/ARCHITECTURE.md explains each layer, and a unit test checks that every folder of src-main
// is in exactly one layer here and named in that document.

/** @type {{ name: string; rule: string; folders: string[] }[]} */
export const layers = [
  {
    name: 'transports',
    rule: 'how a call arrives: the Electron shell, the browser bridge, the command line, and the composition root that builds the services and binds each contract call to one',
    folders: ['app', 'bridge', 'cli', 'backend'],
  },
  {
    name: 'capabilities',
    rule: 'what the product does, one folder per screen or CLI verb; plain Node, no Electron',
    folders: [
      'accounts',
      'kit',
      'copy',
      'copyJobs',
      'sendTest',
      'switchCheck',
      'backup',
      'phoneSetup',
      'helperReport',
    ],
  },
  {
    name: 'adapters',
    rule: 'the network and the protocols: how bytes reach a provider and what its answers mean',
    folders: ['net', 'oauth', 'imap', 'smtp', 'dns', 'serverUrls'],
  },
  {
    name: 'platform',
    rule: 'this computer: the keychain, settings, paths, files written whole, security rules',
    folders: ['vault', 'store', 'paths', 'files', 'security', 'rendererFiles'],
  },
  {
    name: 'foundation',
    rule: 'the contract with the renderer and the error codes; importable by the renderer',
    folders: ['contract', 'errors'],
  },
];

/**
 * Imports that are forbidden beyond "never upward": transports do not reach into each other
 * (the shell and the bridge go through the composition root), and errors/ stays dependency-free
 * because the CLI loads it before anything else.
 * @type {{ target: string; from: string[] }[]}
 */
export const sideRules = [
  { target: 'backend', from: ['app', 'bridge', 'cli'] },
  { target: 'cli', from: ['app', 'bridge', 'backend'] },
  { target: 'bridge', from: ['app', 'cli'] },
  { target: 'errors', from: ['contract'] },
];

/** no-restricted-paths zones: each layer against every layer above it, then the side rules. */
export function layerZones(base = 'src-main') {
  /** @type {{ target: string[]; from: string[]; except?: string[]; message: string }[]} */
  const zones = layers.slice(1).map((layer, i) => ({
    target: layer.folders.map((f) => `./${base}/${f}`),
    from: layers.slice(0, i + 1).flatMap((above) => above.folders.map((f) => `./${base}/${f}`)),
    message: `The ${layer.name} layer must not import from a layer above it (see docs/ARCHITECTURE.md).`,
  }));
  for (const side of sideRules) {
    zones.push({
      target: [`./${base}/${side.target}`],
      from: side.from.map((f) => `./${base}/${f}`),
      message: `${side.target}/ must not import ${side.from.join(', ')} (see docs/ARCHITECTURE.md).`,
    });
  }
  zones.push({
    target: ['./src-renderer'],
    from: [`./${base}`],
    except: ['./contract'],
    message: 'The renderer imports only the contract from src-main (see docs/ARCHITECTURE.md).',
  });
  return zones;
}
