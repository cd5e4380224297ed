import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './server-process.js';
import { waitFor } from './subscription-client.js';

/** Debian's package (`.ci/run` installs it when missing). */
export const NGINX = '/usr/sbin/nginx';
export const nginxInstalled = existsSync(NGINX);

const DEPLOY_CONFIG = fileURLToPath(new URL('../../../../deploy/nginx.conf', import.meta.url));

export interface FrontDoor {
  readonly url: string;
  /** nginx's error log so far (each upstream failure it saw is a line). */
  errorLog(): string;
  stop(): Promise<void>;
}

/**
 * The repository's deploy/nginx.conf, run unprivileged in the foreground on a free 127.0.0.1 port,
 * with its two upstreams (docker-compose's api:4000 and api2:4000) pointed at the given ports —
 * the only substitutions, so the test proves the configuration that ships.
 */
export async function startFrontDoor(upstreamPorts: readonly [number, number]): Promise<FrontDoor> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-nginx-'));
  const port = await freePort();
  const site = substitute(readFileSync(DEPLOY_CONFIG, 'utf8'), [
    ['server api:4000', `server 127.0.0.1:${upstreamPorts[0]}`],
    ['server api2:4000', `server 127.0.0.1:${upstreamPorts[1]}`],
    ['listen 80;', `listen 127.0.0.1:${port};`],
  ]);
  writeFileSync(join(dir, 'site.conf'), site);
  // Only what a root-less nginx needs around the site: its pid, logs and temp files in `dir`.
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 1024; }',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${dir}/${kind};`),
      `  include ${dir}/site.conf;`,
      '}',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const errorLog = () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '');
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${stderr.join('')}${errorLog()}`);
        return fetch(`${url}/healthz`).then(() => true, () => false);
      },
      15_000,
      'nginx to listen',
    );
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    errorLog,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function substitute(text: string, pairs: readonly (readonly [string, string])[]): string {
  return pairs.reduce((result, [from, to]) => {
    if (!result.includes(from)) throw new Error(`deploy/nginx.conf no longer contains "${from}": update test/support/nginx.ts`);
    return result.replace(from, to);
  }, text);
}
