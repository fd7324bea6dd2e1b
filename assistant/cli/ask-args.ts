import type { Turn } from '../reply.ts';

/** What `npm run ask -- …` was told: the questions (one conversation) and how to show the replies. */
export interface AskArgs {
  questions: string[];
  json: boolean;
  elderly: boolean;
  channel: Turn['channel'];
}

const CHANNELS: readonly Turn['channel'][] = ['web', 'zalo', 'sms', 'voice', 'agents', 'cli', 'eval'];

export const USAGE = `Usage: npm run ask -- [--json] [--mode elderly|normal] [--channel cli|web|zalo|sms|voice] "câu hỏi" ["câu tiếp theo" …]
Several questions are asked in order, in one conversation (follow-ups work).`;

export function parseAskArgs(argv: readonly string[]): AskArgs | { error: string } {
  const args: AskArgs = { questions: [], json: false, elderly: false, channel: 'cli' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') args.json = true;
    else if (arg === '--mode' || arg.startsWith('--mode=')) {
      const mode = arg.includes('=') ? arg.split('=')[1] : argv[++i];
      if (mode !== 'elderly' && mode !== 'normal') return { error: `--mode must be elderly or normal, got ${mode ?? 'nothing'}` };
      args.elderly = mode === 'elderly';
    } else if (arg === '--channel' || arg.startsWith('--channel=')) {
      const channel = (arg.includes('=') ? arg.split('=')[1] : argv[++i]) as Turn['channel'];
      if (!CHANNELS.includes(channel)) return { error: `--channel must be one of ${CHANNELS.join(', ')}` };
      args.channel = channel;
    } else if (arg === '--help' || arg === '-h') return { error: '' };
    else if (arg.startsWith('--')) return { error: `unknown option ${arg}` };
    else if (arg.trim() !== '') args.questions.push(arg);
  }
  return args.questions.length > 0 ? args : { error: 'no question given' };
}
