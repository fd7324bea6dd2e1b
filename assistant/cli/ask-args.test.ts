import { describe, expect, it } from 'vitest';
import { parseAskArgs } from './ask-args.ts';

describe('parseAskArgs', () => {
  it('reads questions and options in any order', () => {
    expect(parseAskArgs(['--json', 'làm hộ chiếu', '--mode', 'elderly', 'lệ phí bao nhiêu'])).toEqual({
      questions: ['làm hộ chiếu', 'lệ phí bao nhiêu'],
      json: true,
      elderly: true,
      channel: 'cli',
    });
    expect(parseAskArgs(['--channel=voice', '--mode=normal', 'khai tử ở đâu'])).toEqual({ questions: ['khai tử ở đâu'], json: false, elderly: false, channel: 'voice' });
  });

  it('explains what is wrong', () => {
    expect(parseAskArgs([])).toEqual({ error: 'no question given' });
    expect(parseAskArgs(['--mode', 'slow', 'x'])).toEqual({ error: '--mode must be elderly or normal, got slow' });
    expect(parseAskArgs(['--verbose', 'x'])).toEqual({ error: 'unknown option --verbose' });
    expect(parseAskArgs(['--channel', 'fax', 'x'])).toEqual({ error: expect.stringContaining('--channel must be one of') });
  });
});
