import { describe, expect, it } from 'vitest';
import { renderScco } from './render-scco.ts';
import { renderAgentDialTwiml, renderTwiml } from './render-twiml.ts';

const urls = { gather: 'https://x.vn/g', wait: 'https://x.vn/w', dequeue: 'https://x.vn/d', recorded: 'https://x.vn/r', beep: 'https://x.vn/beep.wav' };
const twiml = { urls, voice: 'Google.vi-VN-Wavenet-A', speechTimeout: 3, timeout: 6 };
const scco = { urls: { input: 'https://x.vn/i', recorded: 'https://x.vn/rec', connectFailed: 'https://x.vn/cf' }, voice: 'hn_female_ngochuyen_full_48k-fhg', speed: 0, timeout: 6, from: '842873000000', agent: { type: 'internal' as const, number: 'agents' } };

describe('TwiML renderer', () => {
  it('asks with a speech and keypad Gather in vi-VN, a numeric speechTimeout, the configured voice and a beep', () => {
    const xml = renderTwiml({ kind: 'ask', say: 'Xin mời nói', keys: '0123456789*#', speech: true }, twiml);
    expect(xml).toContain('<Gather input="speech dtmf" language="vi-VN" numDigits="1" timeout="6" speechTimeout="3" action="https://x.vn/g" method="POST" actionOnEmptyResult="true">');
    expect(xml).toContain('<Say voice="Google.vi-VN-Wavenet-A" language="vi-VN">Xin mời nói</Say><Play>https://x.vn/beep.wav</Play>');
  });

  it('asks keys only without speech attributes or beep', () => {
    const xml = renderTwiml({ kind: 'ask', say: 'Bấm phím', keys: '12', speech: false }, twiml);
    expect(xml).toContain('input="dtmf"');
    expect(xml).not.toContain('speechTimeout');
    expect(xml).not.toContain('<Play>');
  });

  it('queues with Enqueue, records with Record, and hangs up', () => {
    expect(renderTwiml({ kind: 'queue', say: 'Chờ', queue: 'voice-1' }, twiml)).toMatch(/<Enqueue action="https:\/\/x.vn\/d" method="POST" waitUrl="https:\/\/x.vn\/w" waitUrlMethod="POST">voice-1<\/Enqueue>/);
    expect(renderTwiml({ kind: 'record', say: 'Để lại lời nhắn', maxSeconds: 90 }, twiml)).toMatch(/<Record action="https:\/\/x.vn\/r" method="POST" maxLength="90" finishOnKey="#" playBeep="true" timeout="5"\/>/);
    expect(renderTwiml({ kind: 'hangup', say: 'Xin chào' }, twiml)).toMatch(/<\/Say><Hangup\/><\/Response>$/);
    expect(renderAgentDialTwiml('voice-1', { voice: twiml.voice, bridgeUrl: 'https://x.vn/b', noneText: 'Không có' })).toContain('<Dial><Queue url="https://x.vn/b" method="POST">voice-1</Queue></Dial>');
  });

  it('escapes what it says', () => {
    expect(renderTwiml({ kind: 'hangup', say: 'A < B & "C"' }, twiml)).toContain('A &lt; B &amp; "C"');
  });
});

describe('Stringee SCCO renderer', () => {
  it('asks with talk then a one-key input', () => {
    expect(renderScco({ kind: 'ask', say: 'Bấm phím', keys: '12', speech: false }, scco)).toEqual([
      { action: 'talk', text: 'Bấm phím', voice: scco.voice, speed: 0, bargeIn: true, loop: 1 },
      { action: 'input', eventUrl: 'https://x.vn/i', submitOnHash: false, timeout: 6, maxDigits: 1 },
    ]);
  });

  it('connects to the agents with a voicemail fallback, records, and ends after talking', () => {
    const queued = renderScco({ kind: 'queue', say: 'Chờ', queue: 'voice-1' }, scco);
    expect(queued[1]).toMatchObject({ action: 'connect', to: { type: 'internal', number: 'agents' }, continueOnFail: true, onFailEventUrl: 'https://x.vn/cf' });
    expect(renderScco({ kind: 'record', say: 'Nhắn', maxSeconds: 60 }, scco)[1]).toMatchObject({ action: 'recordMessage', eventUrl: 'https://x.vn/rec', beepStart: true, timeout: 60_000 });
    expect(renderScco({ kind: 'record', say: 'Nhắn', maxSeconds: 60 }, scco)[1]).not.toHaveProperty('maxLength');
    expect(renderScco({ kind: 'hangup', say: 'Chào' }, scco)).toHaveLength(1);
  });
});
