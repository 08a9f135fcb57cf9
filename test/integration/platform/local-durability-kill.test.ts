/**
 * Issue 11, item 5: every write `npm start` acknowledged with a 2xx survives kill -9. The built
 * start script runs as a child with its own data folder; fifty requests are created, the process
 * is killed with SIGKILL right after the last 201 (long before any snapshot), started again, and
 * every acknowledged request must be there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PEOPLE, newRequestBody } from '../../fixtures/api-requests';

const START = path.resolve(__dirname, '../../../functions/dist/platform/local/start.js');
let dataDir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  if (!existsSync(START)) throw new Error(`${START} is missing: run npm run build first`);
  dataDir = await mkdtemp(path.join(tmpdir(), 'tandem-kill-'));
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

/** Starts `npm start`'s script on free ports; resolves with its API base once it printed it. */
function startTandem(): Promise<{ child: ChildProcess; api: string }> {
  const child = spawn(process.execPath, [START], {
    env: {
      ...process.env,
      TANDEM_MODE: 'local',
      TANDEM_DATA_DIR: dataDir,
      PORT: '0',
      COSMOS_LOCAL_PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /API:\s+(http:\/\/\S+\/api)/.exec(out);
      if (match?.[1]) resolve({ child, api: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`start.js exited (${code}): ${err}`)));
  });
}

async function tokenFor(api: string, userId: string): Promise<string> {
  const res = await fetch(`${api}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  return ((await res.json()) as { token: string }).token;
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

it('keeps every acknowledged request after kill -9', async () => {
  const first = await startTandem();
  const token = await tokenFor(first.api, PEOPLE.requester);
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const acknowledged: string[] = [];
  const started = performance.now();
  // Ten at a time, so that the journal's group commit is exercised as well.
  for (let round = 0; round < 5; round += 1) {
    const answers = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const res = await fetch(`${first.api}/requests`, {
          method: 'POST',
          headers: auth,
          body: JSON.stringify(newRequestBody({ title: `Kill test ${round}-${i}` })),
        });
        return { status: res.status, body: (await res.json()) as { id: string } };
      }),
    );
    for (const a of answers) if (a.status >= 200 && a.status < 300) acknowledged.push(a.body.id);
  }
  const elapsed = performance.now() - started;
  await killed(first.child);
  expect(acknowledged).toHaveLength(50);

  const second = await startTandem();
  const token2 = await tokenFor(second.api, PEOPLE.requester);
  const missing: string[] = [];
  for (const id of acknowledged) {
    const res = await fetch(`${second.api}/requests/${id}`, {
      headers: { authorization: `Bearer ${token2}` },
    });
    if (res.status !== 200) missing.push(`${id}: ${res.status}`);
  }
  await killed(second.child);
  expect(missing).toEqual([]);
  // Reported, not asserted: the machine's load decides it (fsync per group of writes).
  console.log(`50 acknowledged creates in ${Math.round(elapsed)} ms with the journal`);
}, 60_000);
