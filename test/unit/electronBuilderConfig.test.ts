import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  icnsEntries,
  icoSizes,
  linuxSizes,
  pngSize,
  readIcns,
  readIco,
} from '../../scripts/iconContainers';

// Packaging needs the Electron binary, which cannot be fetched here; so the configuration is
// checked the way electron-builder itself would first check it: against its own JSON schema.
const require = createRequire(import.meta.url);
// electron-builder's own YAML parser (js-yaml ships no types; load is all we use).
const yaml = require('js-yaml') as { load(text: string): unknown };
const root = path.resolve(import.meta.dirname, '../..');
const schema = require('app-builder-lib/scheme.json') as Record<string, unknown>;

type Config = Record<string, unknown> & {
  directories: { buildResources: string; output: string };
  files: string[];
  asarUnpack: string[];
  artifactName: string;
  protocols: { schemes: string[] }[];
  fileAssociations: { ext: string; icon: string }[];
  publish: { provider: string; owner: string; repo: string }[];
  linux: { icon: string; target: string[] };
  win: { icon: string; target: { target: string }[] };
  nsis: Record<string, unknown> & { installerIcon: string; uninstallerIcon: string };
  mac: { icon: string; target: { target: string; arch: string }[] };
  appImage: { artifactName: string };
  deb: { artifactName: string };
  dmg: { artifactName: string };
  electronFuses: Record<string, boolean>;
};

function loadConfig(): Config {
  return yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Config;
}

function validator() {
  // strict: false because the schema carries electron-builder's own annotation keywords.
  return new Ajv({ allErrors: true, strict: false }).compile(schema);
}

const exists = (relative: string) => fs.existsSync(path.join(root, relative));

describe('electron-builder.yml', () => {
  const config = loadConfig();

  it("matches electron-builder's JSON schema", () => {
    const validate = validator();
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check can fail (a wrong type and an unknown key are caught)', () => {
    const validate = validator();
    expect(validate({ ...config, nsis: { ...config.nsis, perMachine: 'no' } })).toBe(false);
    expect(validate({ ...config, notAnOption: true })).toBe(false);
  });

  it('builds per-user installers for every system, with the version in every name', () => {
    expect(config.appId).toBe('org.switchover.desktop');
    expect(config.productName).toBe('Switchover');
    expect(config.nsis).toMatchObject({
      oneClick: true,
      perMachine: false,
      allowElevation: false,
      createDesktopShortcut: 'always',
    });
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.mac.target).toEqual([
      { target: 'dmg', arch: 'universal' },
      { target: 'zip', arch: 'universal' }, // electron-updater's macOS feed needs the zip
    ]);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    for (const name of [
      config.artifactName,
      String(config.nsis.artifactName),
      config.appImage.artifactName,
      config.deb.artifactName,
      config.dmg.artifactName,
    ]) {
      expect(name).toContain('${version}');
      expect(name).toContain('${arch}');
    }
  });

  it('registers switchover:// and .switchover kit files, and publishes to GitHub releases', () => {
    expect(config.protocols.flatMap((p) => p.schemes)).toEqual(['switchover']);
    expect(config.fileAssociations.map((a) => a.ext)).toEqual(['switchover']);
    expect(config.publish).toEqual([
      expect.objectContaining({ provider: 'github', owner: expect.any(String) }),
    ]);
  });

  it('flips the fuses: no running as Node, no NODE_OPTIONS or --inspect, asar integrity on', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
    // With runAsNode off, process.fork and ELECTRON_RUN_AS_NODE children no longer work in the
    // packaged app: nothing in the main process may rely on them.
    const mainSources = fs.readdirSync(path.join(root, 'src-main'), {
      recursive: true,
      encoding: 'utf8',
    });
    for (const file of mainSources.filter((f) => f.endsWith('.ts'))) {
      const text = fs.readFileSync(path.join(root, 'src-main', file), 'utf8');
      expect(text, file).not.toMatch(/\bfork\(|ELECTRON_RUN_AS_NODE|utilityProcess/);
    }
  });

  it('the schema refuses a misspelt fuse', () => {
    const validate = validator();
    expect(
      validate({ ...config, electronFuses: { ...config.electronFuses, runAsNodes: false } }),
    ).toBe(false);
  });

  it('keeps the keyring native module outside the asar, and the module is installed', () => {
    expect(config.asarUnpack).toContain('node_modules/@napi-rs/keyring*/**');
    const scoped = fs.readdirSync(path.join(root, 'node_modules/@napi-rs'));
    expect(scoped.filter((name) => name.startsWith('keyring'))).toContain('keyring');
  });

  it('names only files that exist', () => {
    expect(exists(config.directories.buildResources)).toBe(true);
    expect(exists(config.win.icon)).toBe(true);
    expect(exists(config.mac.icon)).toBe(true);
    expect(exists(config.nsis.installerIcon)).toBe(true);
    expect(exists(config.nsis.uninstallerIcon)).toBe(true);
    // File-association icons are relative to buildResources, the extension added per system.
    for (const association of config.fileAssociations) {
      const base = path.join(config.directories.buildResources, association.icon);
      expect(exists(`${base}.ico`)).toBe(true);
      expect(exists(`${base}.icns`)).toBe(true);
    }
    // The packaged files: the entry point package.json names must be among them.
    const main = (
      JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
        main: string;
      }
    ).main;
    expect(main).toBe('dist/main/main.js');
    expect(config.files).toContain('dist/main/**');
    expect(config.files).toContain('dist/renderer/**');
    expect(exists('src-main/app/main.ts')).toBe(true);
  });

  it('has every icon size each system needs, built from assets/icon.svg', () => {
    expect(exists('assets/icon.svg')).toBe(true);
    for (const size of linuxSizes) {
      const file = path.join(root, config.linux.icon, `${size}x${size}.png`);
      expect(pngSize(fs.readFileSync(file))).toEqual({ width: size, height: size });
    }
    const ico = readIco(fs.readFileSync(path.join(root, config.win.icon)));
    expect(ico.map((entry) => entry.width)).toEqual([...icoSizes]);
    for (const entry of ico) {
      expect(pngSize(entry.png)).toEqual({ width: entry.width, height: entry.height });
    }
    const icns = readIcns(fs.readFileSync(path.join(root, config.mac.icon)));
    expect(icns.map((entry) => entry.type)).toEqual(icnsEntries.map((entry) => entry.type));
    for (const [i, entry] of icns.entries()) {
      const size = icnsEntries[i]?.size ?? 0;
      expect(pngSize(entry.png)).toEqual({ width: size, height: size });
    }
    // The icons are current: rendered from the SVG as it is now.
    const hash = crypto
      .createHash('sha256')
      .update(fs.readFileSync(path.join(root, 'assets/icon.svg')))
      .digest('hex');
    expect(fs.readFileSync(path.join(root, 'assets/icons/source.sha256'), 'utf8').trim()).toBe(
      hash,
    );
  });
});

type Step = {
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
};
type Workflow = {
  on: { push: { tags: string[] } };
  jobs: Record<
    string,
    { 'runs-on': string; strategy?: { matrix: { os: string[] } }; steps: Step[] }
  >;
};

describe('.github/workflows/release.yml', () => {
  const workflow = yaml.load(
    fs.readFileSync(path.join(root, '.github/workflows/release.yml'), 'utf8'),
  ) as Workflow;
  const jobs = Object.values(workflow.jobs);
  const steps = jobs[0]?.steps ?? [];
  const indexOf = (match: (step: Step) => boolean) => steps.findIndex(match);

  it('runs on version tags, on Windows, macOS and Ubuntu runners', () => {
    expect(workflow.on.push.tags).toEqual(['v*']);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.['runs-on']).toBe('${{ matrix.os }}');
    expect([...(jobs[0]?.strategy?.matrix.os ?? [])].sort()).toEqual([
      'macos-latest',
      'ubuntu-latest',
      'windows-latest',
    ]);
  });

  it('installs, builds and runs the Electron e2e (under xvfb on Linux) before packaging', () => {
    const install = indexOf((s) => s.run === 'npm ci');
    const fetchElectron = indexOf((s) => s.run?.includes('electron/install.js') ?? false);
    const build = indexOf((s) => s.run === 'npm run build');
    const e2eLinux = indexOf(
      (s) => s.if === "runner.os == 'Linux'" && (s.run?.startsWith('xvfb-run') ?? false),
    );
    const e2eOther = indexOf(
      (s) => s.if === "runner.os != 'Linux'" && (s.run?.includes('vitest run') ?? false),
    );
    const signing = indexOf((s) => s.name === 'Decide on code signing');
    const publish = indexOf((s) => s.run === 'npx electron-builder --publish always');
    const order = [install, fetchElectron, build, e2eLinux, e2eOther, signing, publish];
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Both e2e steps run the Electron test file, which must not skip itself there.
    for (const i of [e2eLinux, e2eOther]) {
      expect(steps[i]?.run).toContain('scripts/vitest.electron.config.ts');
    }
    const e2eConfig = fs.readFileSync(path.join(root, 'scripts/vitest.electron.config.ts'), 'utf8');
    expect(e2eConfig).toContain('test/e2e/electronApp.test.ts');
    expect(JSON.stringify(workflow)).toContain('SWITCHOVER_REQUIRE_ELECTRON');
  });

  it('builds with the project’s OAuth2 client IDs from repository secrets (docs/oauth.md)', () => {
    const build = steps[indexOf((s) => s.run === 'npm run build')] as Step & {
      env?: Record<string, string>;
    };
    for (const provider of ['GOOGLE', 'MICROSOFT', 'YAHOO', 'AOL']) {
      const name = `SWITCHOVER_OAUTH_${provider}_CLIENT_ID`;
      expect(build.env?.[name]).toBe(`\${{ secrets.${name} }}`);
    }
    expect(build.env?.SWITCHOVER_OAUTH_GOOGLE_CLIENT_SECRET).toContain('secrets.');
    const docs = fs.readFileSync(path.join(root, 'docs/oauth.md'), 'utf8');
    for (const name of Object.keys(build.env ?? {})) expect(docs).toContain(name);
  });

  it('puts the keychain module of both Mac architectures into the universal app', () => {
    const both = indexOf((s) => s.run?.includes('@napi-rs/keyring-darwin-x64@') ?? false);
    expect(both).toBeGreaterThan(indexOf((s) => s.run === 'npm ci'));
    expect(both).toBeLessThan(indexOf((s) => s.run === 'npx electron-builder --publish always'));
    expect(steps[both]?.if).toBe("runner.os == 'macOS'");
    expect(steps[both]?.run).toContain('@napi-rs/keyring-darwin-arm64@');
    // The same version as the keyring the app was built against.
    expect(steps[both]?.run).toContain("require('@napi-rs/keyring/package.json').version");
    const builder = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
      mac: { target: { arch: string }[] };
      asarUnpack: string[];
    };
    expect(builder.mac.target.every((t) => t.arch === 'universal')).toBe(true);
    expect(builder.asarUnpack).toContain('node_modules/@napi-rs/keyring*/**');
  });

  it('signs and notarises only with secrets, and says so when they are missing', () => {
    const signing = steps.find((s) => s.name === 'Decide on code signing');
    expect(signing?.run).toContain('::notice::');
    expect(signing?.run).toContain('CSC_IDENTITY_AUTO_DISCOVERY=false');
    const publish = steps.find((s) => s.run === 'npx electron-builder --publish always');
    expect(Object.keys(publish?.env ?? {}).sort()).toEqual(
      [
        'APPLE_APP_SPECIFIC_PASSWORD',
        'APPLE_ID',
        'APPLE_TEAM_ID',
        'CSC_KEY_PASSWORD',
        'CSC_LINK',
        'GH_TOKEN',
        'WIN_CSC_KEY_PASSWORD',
        'WIN_CSC_LINK',
      ].sort(),
    );
    for (const value of Object.values(publish?.env ?? {}))
      expect(value).toMatch(/^\$\{\{ secrets\./);
  });
});

describe('update checks (electron-updater against the same GitHub releases)', () => {
  it('stay off until a release feed is published, and never run unpackaged', async () => {
    const { isUpdateCheckEnabled, releaseFeedPublished } =
      await import('../../src-main/app/updatePolicy');
    expect(releaseFeedPublished).toBe(false);
    expect(isUpdateCheckEnabled({ isPackaged: true, env: {} })).toBe(false);
    expect(
      isUpdateCheckEnabled({ isPackaged: false, env: { SWITCHOVER_UPDATE_CHECK: 'on' } }),
    ).toBe(false);
    expect(isUpdateCheckEnabled({ isPackaged: true, env: { SWITCHOVER_UPDATE_CHECK: 'on' } })).toBe(
      true,
    );
    expect(
      isUpdateCheckEnabled({
        isPackaged: true,
        env: { SWITCHOVER_UPDATE_CHECK: 'off' },
        feedPublished: true,
      }),
    ).toBe(false);
    expect(isUpdateCheckEnabled({ isPackaged: true, env: {}, feedPublished: true })).toBe(true);
  });
});
