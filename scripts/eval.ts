/**
 * `npm run eval`: scores every case of the project's corpus copy and prints a confusion table, precision and
 * recall of `suspected`+`state-media`, and the false positives on cases that expect `clear`.
 * Exits 1 when a case lands outside its `expect` list.
 */
import { evaluateCorpus } from '../tests/fixtures/evaluate';

const rows = evaluateCorpus();
const VERDICTS = ['state-media', 'suspected', 'unusual', 'clear', 'unknown', 'none'];
const flagged = (v: string) => v === 'state-media' || v === 'suspected';

console.log('case                           expect                 got          score  signals fired');
for (const r of rows) {
  const fired = (r.assessment?.signals ?? []).filter((s) => s.points > 0).map((s) => `${s.id}+${s.points}`);
  console.log(
    `${r.ok ? ' ' : '✗'} ${r.id.padEnd(29)}${r.expect.join('|').padEnd(23)}${r.got.padEnd(13)}${String(r.assessment?.score ?? '-').padStart(5)}  ${fired.join(' ')}`,
  );
}

// Confusion: the first expected verdict is the "true" class of a case.
console.log('\nconfusion (rows: first expected verdict, columns: got)');
console.log(`${''.padEnd(13)}${VERDICTS.map((v) => v.padStart(12)).join('')}`);
for (const want of VERDICTS) {
  const mine = rows.filter((r) => (r.expect[0] ?? 'any') === want);
  if (!mine.length) continue;
  console.log(
    `${want.padEnd(13)}${VERDICTS.map((g) => String(mine.filter((r) => r.got === g).length).padStart(12)).join('')}`,
  );
}

const shouldFlag = rows.filter((r) => r.expect.every((e) => flagged(e)));
const mustNot = rows.filter((r) => !r.expect.includes('any') && r.expect.every((e) => !flagged(e)));
const tp = shouldFlag.filter((r) => flagged(r.got)).length;
const fp = mustNot.filter((r) => flagged(r.got)).length;
const precision = tp + fp ? tp / (tp + fp) : 1;
const recall = shouldFlag.length ? tp / shouldFlag.length : 1;
const clearFp = rows.filter((r) => r.expect[0] === 'clear' && r.got !== 'clear' && !r.expect.includes(r.got as never));
console.log(
  `\nsuspected+state-media: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} (${tp} of ${shouldFlag.length})`,
);
console.log(`false positives on cases that expect clear: ${clearFp.length}`);
const wrong = rows.filter((r) => !r.ok);
console.log(`${rows.length - wrong.length} of ${rows.length} cases within their expect list`);
process.exit(wrong.length ? 1 : 0);
