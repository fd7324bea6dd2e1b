/**
 * The beep before "nói câu hỏi … sau tiếng bíp": 0.25 s of 1 kHz, 8 kHz 16-bit mono PCM WAV,
 * built once in memory (Twilio's <Gather> has no beep of its own; <Play> fetches this).
 */
export function beepWav(): Buffer {
  const rate = 8000;
  const samples = Math.round(rate * 0.25);
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) {
    const fade = Math.min(1, i / 200, (samples - i) / 200);
    data.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 1000 * i) / rate) * 12_000 * fade), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}
