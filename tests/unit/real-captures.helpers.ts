/**
 * The real TikTok captures in ../shared/real-captures (other people's data: read at test time, never copied into
 * the repository). Tests that need them fail under CI when the folder is missing, and skip visibly elsewhere.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CAPTURES = resolve(import.meta.dirname, '../../../shared/real-captures');
export const HAVE_CAPTURES = existsSync(join(CAPTURES, 'truth.json'));

if (!HAVE_CAPTURES && process.env.CI) throw new Error(`the real captures are missing: ${CAPTURES}`);

/** One row of truth.json: what each capture really says (null: not derivable from that file). */
export interface Truth {
  file: string;
  capturedAt: string;
  handle: string;
  followers: number | null;
  following: number | null;
  likes: number | null;
  videos: number | null;
  verified: boolean | null;
  createdAt: string | null;
  posts: number | null;
  pinned: number | null;
  exact: boolean;
  stateLabel: boolean;
}

export const truth: Truth[] = HAVE_CAPTURES ? JSON.parse(readFileSync(join(CAPTURES, 'truth.json'), 'utf8')) : [];

export function captureText(file: string): string {
  return readFileSync(join(CAPTURES, file), 'utf8');
}

/** Copies of the captures in a temporary folder, each dated by its capture time (CI's ../shared is read-only). */
export function datedCopies(rows: readonly Truth[]): Map<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'lens-real-'));
  const out = new Map<string, string>();
  for (const t of rows) {
    const dest = join(dir, t.file);
    copyFileSync(join(CAPTURES, t.file), dest);
    const at = new Date(t.capturedAt);
    utimesSync(dest, at, at);
    out.set(t.file, dest);
  }
  return out;
}

/** The fields of `account` (npm run score) that truth.json gives, as [field, expected] pairs. */
export function expectedFields(t: Truth): [string, unknown][] {
  const fields = ['followers', 'following', 'likes', 'videos', 'verified', 'posts', 'pinned'] as const;
  const out: [string, unknown][] = fields.filter((f) => t[f] !== null).map((f) => [f, t[f]]);
  if (t.createdAt) out.push(['createdAt (day)', t.createdAt.slice(0, 10)]);
  return out;
}
