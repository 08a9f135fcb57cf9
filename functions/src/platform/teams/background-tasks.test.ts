import { makeBackgroundTasks } from './background-tasks';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('background tasks', () => {
  it('runs the tasks of one key in order and folds the waiting ones into the latest', async () => {
    const tasks = makeBackgroundTasks(() => undefined);
    const gate = deferred();
    const ran: string[] = [];
    const tick = () => new Promise((r) => setImmediate(r));
    tasks.run('r1', async () => {
      ran.push('first started');
      await gate.promise;
    });
    await tick();
    tasks.run('r1', async () => void ran.push('second'));
    tasks.run('r1', async () => void ran.push('third'));
    tasks.run('r2', async () => void ran.push('other key'));
    await tick();
    expect(ran).toEqual(['first started', 'other key']);
    gate.resolve();
    await tasks.idle();
    expect(ran).toEqual(['first started', 'other key', 'third']);
  });

  it('reports a failure and goes on with the next task of the key', async () => {
    const errors: string[] = [];
    const tasks = makeBackgroundTasks((key, err) => errors.push(`${key}: ${err.message}`));
    const ran: string[] = [];
    tasks.run('r1', async () => {
      throw new Error('connector down');
    });
    await tasks.idle();
    tasks.run('r1', async () => void ran.push('retry'));
    await tasks.idle();
    expect(errors).toEqual(['r1: connector down']);
    expect(ran).toEqual(['retry']);
  });
});
