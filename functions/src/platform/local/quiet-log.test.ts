import { quietLog } from './quiet-log';

describe('the quiet log of npm start', () => {
  let error: jest.SpyInstance;
  let warn: jest.SpyInstance;
  let log: jest.SpyInstance;
  beforeEach(() => {
    error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('writes every error (a 500 and its correlation id) and warning, drops the chatter', () => {
    const boom = new Error('boom');
    quietLog('error', 'Unhandled error in x [correlation id c-1]', boom);
    quietLog('critical', 'worse');
    quietLog('warning', 'odd');
    quietLog('information', 'fine');
    quietLog('debug', 'detail');
    expect(error.mock.calls).toEqual([
      ['[error]', 'Unhandled error in x [correlation id c-1]', boom],
      ['[critical]', 'worse'],
    ]);
    expect(warn.mock.calls).toEqual([['[warning]', 'odd']]);
    expect(log).not.toHaveBeenCalled();
  });
});
