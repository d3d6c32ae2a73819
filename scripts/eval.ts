/**
 * `npm run eval`: scores
 * 1. the in-sample corpus (tests/fixtures/corpus/, on which the thresholds were set): every case, a confusion table,
 *    precision and recall of `suspected`+`state-media`, the false positives on cases that expect `clear`;
 * 2. the out-of-sample set (tests/fixtures/eval/), separately for its TUNING split, its SEEN TEST split (held out
 *    until its misses were read, 2026-12-03), the first fresh set (accounts-fresh.json, written without sight of
 *    the detector, scored once on 2026-12-03, read since: seen), the second fresh set (accounts-fresh2.json, written
 *    blind, scored once on 2026-12-03, read since: seen), the third and fourth (accounts-fresh3.json,
 *    accounts-fresh4.json, likewise: seen) the FIFTH fresh set (accounts-fresh5.json, written blind with a
 *    representative mix of languages and scored once, but its README section named its outlets while the detector
 *    was being changed: not a clean held-out figure) and the SIXTH fresh set (accounts-fresh6.json, written blind in a
 *    separate worktree, its contents disclosed to nobody until it was scored once, 52/56; its misses read since) and
 *    the SEVENTH fresh held-out set (accounts-fresh7.json, written blind in a separate worktree the same way,
 *    reviewed blind, scored once on 2026-12-04 at 53/60; its misses read since) and the EIGHTH fresh held-out set
 *    (accounts-fresh8.json, written and reviewed blind in a separate worktree the same way, scored once on
 *    2026-12-04 at 53/57; its misses read since) and the NINTH fresh held-out set (accounts-fresh9.json, written
 *    blind in a separate worktree the same way, scored once on 2026-12-04 at 50/52; its misses read since) and the
 *    TENTH (accounts-fresh10.json, written blind the same way, scored once on 2026-12-04 at 40/46; its misses read
 *    since) and the ELEVENTH (accounts-fresh11.json, written blind the same way, scored once on 2026-12-04 at 42/46;
 *    its misses read since) and the TWELFTH to FOURTEENTH (accounts-fresh12.json to accounts-fresh14.json, the same
 *    way, scored once on 2026-12-04 at 40/46, 41/46 and 39/46; their misses read since):
 *    per-class counts right/total, a confusion table, precision and recall of flagged (`suspected`+`state-media`)
 *    and of `state-media` alone, the innocent accounts flagged, and every case outside its `expect` list.
 *
 * Exits 1 when an in-sample case lands outside its `expect` list. The out-of-sample set is a measurement, not a
 * gate: its misses are printed, never turned into an exit status. `--all` lists every out-of-sample case.
 * The test split is never used to set a threshold (tests/fixtures/eval/README.md).
 */
import {
  type CaseResult,
  type EvalResult,
  evaluateCorpus,
  evaluateEvalSet,
  flagged,
  fresh2Cases,
  fresh3Cases,
  fresh4Cases,
  fresh5Cases,
  fresh6Cases,
  fresh7Cases,
  fresh8Cases,
  fresh9Cases,
  fresh10Cases,
  fresh11Cases,
  fresh12Cases,
  fresh13Cases,
  fresh14Cases,
  freshCases,
  type Rate,
  summarise,
  VERDICT_COLUMNS,
} from '../tests/fixtures/evaluate';

const now = Date.now();
const showAll = process.argv.includes('--all');
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
const fired = (r: CaseResult) =>
  (r.assessment?.signals ?? [])
    .filter((s) => s.points > 0)
    .map((s) => `${s.id}+${s.points}`)
    .join(' ');

function banner(title: string): void {
  console.log(`\n${'='.repeat(118)}\n${title}\n${'='.repeat(118)}`);
}

function confusionTable(rows: readonly CaseResult[]): void {
  console.log('confusion (rows: first expected verdict, columns: got)');
  console.log(`${''.padEnd(13)}${VERDICT_COLUMNS.map((v) => v.padStart(12)).join('')}`);
  for (const want of VERDICT_COLUMNS) {
    const mine = rows.filter((r) => (r.expect[0] ?? 'any') === want);
    if (!mine.length) continue;
    console.log(
      `${want.padEnd(13)}${VERDICT_COLUMNS.map((g) => String(mine.filter((r) => r.got === g).length).padStart(12)).join('')}`,
    );
  }
}

function caseLine(r: CaseResult, extra = ''): string {
  return `${r.ok ? ' ' : '✗'} ${r.id.padEnd(38)}${extra}${r.expect.join('|').padEnd(20)}${r.got.padEnd(12)}${String(r.assessment?.score ?? '-').padStart(4)}  ${fired(r)}`;
}

// ---------------------------------------------------------------------------------------------------------------
banner('IN-SAMPLE corpus (tests/fixtures/corpus) — the thresholds were set on these cases; a pass here proves little');
const rows = evaluateCorpus(now);
console.log('  case                                  expect              got         score signals fired');
for (const r of rows) console.log(caseLine(r));
console.log('');
confusionTable(rows);
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
console.log(`IN-SAMPLE: ${rows.length - wrong.length} of ${rows.length} cases within their expect list`);

// ---------------------------------------------------------------------------------------------------------------
const evalRows = [
  ...evaluateEvalSet(now),
  ...evaluateEvalSet(now, freshCases),
  ...evaluateEvalSet(now, fresh2Cases),
  ...evaluateEvalSet(now, fresh3Cases),
  ...evaluateEvalSet(now, fresh4Cases),
  ...evaluateEvalSet(now, fresh5Cases),
  ...evaluateEvalSet(now, fresh6Cases),
  ...evaluateEvalSet(now, fresh7Cases),
  ...evaluateEvalSet(now, fresh8Cases),
  ...evaluateEvalSet(now, fresh9Cases),
  ...evaluateEvalSet(now, fresh10Cases),
  ...evaluateEvalSet(now, fresh11Cases),
  ...evaluateEvalSet(now, fresh12Cases),
  ...evaluateEvalSet(now, fresh13Cases),
  ...evaluateEvalSet(now, fresh14Cases),
];

function rateLine(name: string, r: Rate): string {
  return `${name.padEnd(24)} precision ${r.precision.toFixed(2)} (${r.tp} of ${r.tp + r.fp} called)   recall ${r.recall.toFixed(2)} (${r.tp} of ${r.positives})`;
}

const TITLES = {
  tuning: 'OUT-OF-SAMPLE, TUNING split (tests/fixtures/eval, split "tuning") — may be used to set thresholds',
  test: 'OUT-OF-SAMPLE, SEEN TEST split (split "test": held out until its misses were read; no longer a held-out figure)',
  fresh:
    'FIRST FRESH set (accounts-fresh.json: held out until scored on 2026-12-03; its misses were then read and fixed as classes: SEEN)',
  fresh2:
    'SECOND FRESH set (accounts-fresh2.json: written blind, scored once on 2026-12-03; its misses were then read and fixed as classes: SEEN)',
  fresh3:
    'THIRD FRESH set (accounts-fresh3.json: written blind, scored once on 2026-12-03; its misses were then read and fixed as classes: SEEN)',
  fresh4:
    'FOURTH FRESH set (accounts-fresh4.json: written blind, scored once on 2026-12-03; its misses were then read and fixed as classes: SEEN)',
  fresh5:
    'FIFTH FRESH set (accounts-fresh5.json: written blind, never used to set anything, but its README section named its outlets to the engineers tuning: a DISCLOSED set)',
  fresh6:
    'SIXTH FRESH set (accounts-fresh6.json: written blind, contents disclosed to nobody, scored once on 2026-12-03 at 52/56; its misses were then read and fixed as classes: SEEN)',
  fresh7:
    'SEVENTH FRESH set (accounts-fresh7.json: written and reviewed blind in a separate worktree, scored once on 2026-12-04 at 53/60; its misses were then read and fixed as classes: SEEN)',
  fresh8:
    'EIGHTH FRESH set (accounts-fresh8.json: written and reviewed blind in a separate worktree, scored once on 2026-12-04 at 53/57; its misses were then read: SEEN)',
  fresh9:
    'NINTH FRESH set (accounts-fresh9.json: written blind in a separate worktree, scored once on 2026-12-04 at 50/52; its misses were then read: SEEN)',
  fresh10:
    'TENTH FRESH set (accounts-fresh10.json: written blind in a separate worktree, scored once on 2026-12-04 at 40/46; its misses were then read: SEEN)',
  fresh11:
    'ELEVENTH FRESH set (accounts-fresh11.json: written blind in a separate worktree, scored once on 2026-12-04 at 42/46; its misses were then read: SEEN)',
  fresh12:
    'TWELFTH FRESH set (accounts-fresh12.json: written blind in a separate worktree, scored once on 2026-12-04 at 40/46; its misses were then read: SEEN)',
  fresh13:
    'THIRTEENTH FRESH set (accounts-fresh13.json: written blind in a separate worktree, scored once on 2026-12-04 at 41/46; its misses were then read: SEEN)',
  fresh14:
    'FOURTEENTH FRESH set (accounts-fresh14.json: written blind in a separate worktree, scored once on 2026-12-04 at 39/46; its misses were then read: SEEN)',
} as const;

function report(split: keyof typeof TITLES): { right: number; total: number } {
  const mine = evalRows.filter((r) => r.split === split);
  const s = summarise(mine);
  banner(TITLES[split]);
  console.log(`${s.right} of ${s.total} verdicts within their expect list (${pct(s.right / Math.max(s.total, 1))})\n`);
  console.log(`${'class'.padEnd(40)}right/total   got`);
  for (const c of s.perClass) {
    const got = Object.entries(c.got)
      .sort((a, b) => b[1] - a[1])
      .map(([v, n]) => `${v} ${n}`)
      .join(', ');
    console.log(`${c.class.padEnd(40)}${`${c.right}/${c.total}`.padStart(5)}         ${got}`);
  }
  console.log('');
  confusionTable(mine);
  console.log('');
  console.log(
    `${rateLine('suspected+state-media:', s.flagged)}   (${s.flagged.negatives} must-not-flag cases, ${s.flagged.excluded} with mixed expect left out)`,
  );
  console.log(rateLine('state-media alone:', s.stateMedia));
  const sm = s.innocentFlagged.filter((r) => r.got === 'state-media').length;
  console.log(
    `innocent accounts flagged: ${s.innocentFlagged.length} of ${s.innocentTotal} (state-media ${sm}, suspected ${s.innocentFlagged.length - sm})`,
  );
  for (const r of s.innocentFlagged) console.log(`    ${r.id} (${r.class}): ${r.got} — ${fired(r)}`);
  const list: EvalResult[] = showAll ? mine : s.wrong;
  console.log(`\n${showAll ? 'every case' : 'cases outside their expect list'}:`);
  console.log(
    `  ${'case'.padEnd(38)}${'class'.padEnd(38)}${'expect'.padEnd(20)}${'got'.padEnd(12)}score signals fired`,
  );
  for (const r of list) console.log(caseLine(r, r.class.padEnd(38)));
  return { right: s.right, total: s.total };
}

const tuning = report('tuning');
const test = report('test');
const fresh = report('fresh');
const fresh2 = report('fresh2');
const fresh3 = report('fresh3');
const fresh4 = report('fresh4');
const fresh5 = report('fresh5');
const fresh6 = report('fresh6');
const fresh7 = report('fresh7');
const fresh8 = report('fresh8');
const fresh9 = report('fresh9');
const fresh10 = report('fresh10');
const fresh11 = report('fresh11');
const fresh12 = report('fresh12');
const fresh13 = report('fresh13');
const fresh14 = report('fresh14');

banner('SUMMARY');
console.log(
  `in-sample corpus:           ${rows.length - wrong.length}/${rows.length}  (exit status follows this line)`,
);
console.log(`out-of-sample tuning split: ${tuning.right}/${tuning.total}`);
console.log(`out-of-sample seen test:    ${test.right}/${test.total}  (its misses were read while tuning)`);
console.log(`first fresh set (seen):     ${fresh.right}/${fresh.total}  (its misses were read while tuning)`);
console.log(`second fresh set (seen):    ${fresh2.right}/${fresh2.total}  (its misses were read while tuning)`);
console.log(`third fresh set (seen):     ${fresh3.right}/${fresh3.total}  (its misses were read while tuning)`);
console.log(`fourth fresh set (seen):     ${fresh4.right}/${fresh4.total}  (its misses were read while tuning)`);
console.log(`fifth fresh set (disclosed): ${fresh5.right}/${fresh5.total}  (its outlets were named to the tuners)`);
console.log(
  `sixth fresh set (seen):      ${fresh6.right}/${fresh6.total}  (52/56 when scored once; its misses were read since)`,
);
console.log(
  `seventh fresh set (seen):    ${fresh7.right}/${fresh7.total}  (53/60 when scored once; its misses were read since)`,
);
console.log(
  `eighth fresh set (seen):     ${fresh8.right}/${fresh8.total}  (53/57 when scored once; its misses were read since)`,
);
console.log(
  `ninth fresh set (seen):      ${fresh9.right}/${fresh9.total}  (50/52 when scored once; its misses were read since)`,
);
console.log(
  `tenth fresh set (seen):      ${fresh10.right}/${fresh10.total}  (40/46 when scored once; its misses were read since)`,
);
console.log(
  `eleventh fresh set (seen):   ${fresh11.right}/${fresh11.total}  (42/46 when scored once; its misses were read since)`,
);
console.log(
  `twelfth fresh set (seen):    ${fresh12.right}/${fresh12.total}  (40/46 when scored once; its misses were read since)`,
);
console.log(
  `thirteenth fresh set (seen): ${fresh13.right}/${fresh13.total}  (41/46 when scored once; its misses were read since)`,
);
console.log(
  `fourteenth fresh set (seen): ${fresh14.right}/${fresh14.total}  (39/46 when scored once; its misses were read since)`,
);
process.exit(wrong.length ? 1 : 0);
