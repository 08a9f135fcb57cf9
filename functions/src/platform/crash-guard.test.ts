import { EventEmitter } from 'node:events';
import { installCrashGuard } from './crash-guard';

describe('the crash guard', () => {
  it('logs escaped errors and rejections, once however often it is installed', () => {
    const fakeProcess = new EventEmitter();
    const logged: string[] = [];
    installCrashGuard((message, err) => logged.push(`${message}: ${err.message}`), fakeProcess);
    installCrashGuard(() => logged.push('a second guard'), fakeProcess);
    fakeProcess.emit('unhandledRejection', 'not even an Error');
    fakeProcess.emit('uncaughtException', new Error('boom'));
    expect(logged).toEqual([
      'An unhandled rejection was caught by the crash guard: Non-error value thrown: not even an Error',
      'An uncaught exception was caught by the crash guard: boom',
    ]);
  });
});
