import { EventEmitter } from 'node:events';
import { installShutdownHooks } from './shutdown-hooks';

class FakeProcess extends EventEmitter {
  readonly exits: number[] = [];
  exit(code = 0): void {
    this.exits.push(code);
  }
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('installShutdownHooks', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'runs the shutdown on %s, then exits 0',
    async (signal) => {
      const proc = new FakeProcess();
      const calls: string[] = [];
      installShutdownHooks(
        async () => {
          calls.push('shutdown');
        },
        proc,
        () => undefined,
      );
      proc.emit(signal);
      await flush();
      expect(calls).toEqual(['shutdown']);
      expect(proc.exits).toEqual([0]);
    },
  );

  it('exits 1 and logs when the shutdown fails', async () => {
    const proc = new FakeProcess();
    const logged: unknown[] = [];
    installShutdownHooks(
      async () => {
        throw new Error('disk full');
      },
      proc,
      (message, err) => logged.push(err ?? message),
    );
    proc.emit('SIGTERM');
    await flush();
    expect(proc.exits).toEqual([1]);
    expect(logged.some((e) => e instanceof Error && e.message === 'disk full')).toBe(true);
  });

  it('exits at once on a second signal while the first shutdown is still running', async () => {
    const proc = new FakeProcess();
    let finish: () => void = () => undefined;
    installShutdownHooks(
      () => new Promise<void>((resolve) => (finish = resolve)),
      proc,
      () => undefined,
    );
    proc.emit('SIGINT');
    proc.emit('SIGINT');
    expect(proc.exits).toEqual([1]);
    finish();
    await flush();
    expect(proc.exits).toEqual([1, 0]);
  });
});
