/**
 * outlet-employer — the bio names a state outlet as the writer's employer ("Presenter @CGTN", "RT correspondent",
 * "新华社记者"), as opposed to merely mentioning it ("how RT spins a story"). The bio is read clause by clause
 * (src/lists/bio/index.ts) and the evidence quotes the clause that made the call.
 * Why: outlets run staff "personalities" whose lifestyle accounts carry no label; the employer line in the bio is
 * often the only tie shown. Former employment is reported but not counted. What the tie may mean depends on the
 * outlet's State Media Monitor type: state-controlled and captured outlets are evidence (at most `suspected`), a
 * publicly funded but editorially independent outlet is none; the bio is read against the whole registry so that
 * "Reporter at the BBC" is read and said not to count.
 */
import { type BioContext, readBio } from '../lists/bio';
import { REGISTRY, type StateOutlet } from '../lists/outlets';
import { affiliationOf, TYPOLOGY_WORDS } from '../lists/typology';
import type { SayArg } from './say';
import { WEIGHTS } from './thresholds';
import type { Signal } from './types';
import { stateSay, typologySay } from './util';

const QUOTE_MAX = 120;

function quote(text: string): string {
  const t = text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
  return `“${t}”`;
}

function describe(outlet: StateOutlet): string {
  return `${outlet.name} (${TYPOLOGY_WORDS[outlet.type] ?? 'state media'}, ${outlet.state})`;
}

/** `describe` for `say`: the outlet's name as written, its typology's words and its state in the UI language. */
function describeSay(outlet: StateOutlet): SayArg {
  return {
    say: {
      key: 'sig_outlet_described',
      args: [{ text: outlet.name }, typologySay(outlet.type), stateSay(outlet.state)],
    },
  };
}

/** The quoted clause for `say` (the quotation marks are the message's, in the UI language's style). */
function clauseSay(text: string): SayArg {
  return { text: text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text };
}

const WHY: Record<BioContext, string> = {
  critic: 'to criticise it',
  research: 'as something studied or monitored',
  negation: 'to deny a tie',
  parody: 'in a parody or fan account',
  disclaimer: 'in a disclaimer',
  guest: 'as a guest or interviewee, not its staff',
  factcheck: 'as something fact-checked',
  relative: 'about a relative, not the account itself',
};

export const outletEmployer: Signal = {
  id: 'outlet-employer',
  axis: 'affiliation',
  evaluate({ obs, now }) {
    const bio = [obs.user?.signature, obs.user?.nickname].filter(Boolean).join('\n');
    if (!bio) return undefined;
    // The name and handle apart too: either may be the outlet's bare brand ("CGTN Africa", "cgtn_espanol").
    const reading = readBio(bio, { outlets: REGISTRY, now, name: obs.user?.nickname, handle: obs.user?.uniqueId });
    const base = {
      id: 'outlet-employer',
      axis: 'affiliation',
      threshold: 'a media role at a state outlet',
      sayThreshold: { key: 'sig_th_outlet_employer' },
    } as const;
    const job = reading.employment;
    if (!job) {
      // A role beside an outlet that the bio's context rules out: said, so a moderator sees why it did not count.
      const out = reading.ruledOut;
      if (!out) return undefined;
      const where =
        reading.contextClause && reading.contextClause !== out.clause ? ` (${quote(reading.contextClause)})` : '';
      return {
        ...base,
        value: out.phrase.slice(0, 200),
        points: 0,
        evidence: `The bio names ${out.outlet.name} beside a media role (${quote(out.clause)}), but ${WHY[out.why]}${where}: not counted as employment.`,
        say: {
          key: where ? 'sig_outlet_employer_ruled_out_where' : 'sig_outlet_employer_ruled_out',
          args: [
            { text: out.outlet.name },
            clauseSay(out.clause),
            { say: { key: `sig_context_${out.why}` } },
            ...(where ? [clauseSay(reading.contextClause ?? '')] : []),
          ],
        },
      };
    }
    const value = job.phrase.slice(0, 200);
    if (job.former) {
      return {
        ...base,
        value,
        points: 0,
        evidence: `The bio names a past role at ${describe(job.outlet)}: ${quote(job.clause)}; not counted, as it is former.`,
        say: { key: 'sig_outlet_employer_former', args: [describeSay(job.outlet), clauseSay(job.clause)] },
      };
    }
    const affiliation = affiliationOf(job.outlet.type);
    if (affiliation === 'independent') {
      return {
        ...base,
        value,
        points: 0,
        evidence: `The bio names ${job.outlet.name} as employer (${quote(job.clause)}); ${job.outlet.name} is ${TYPOLOGY_WORDS[job.outlet.type]} media: not evidence of state ties.`,
        say: {
          key: 'sig_outlet_employer_independent',
          args: [{ text: job.outlet.name }, clauseSay(job.clause), stateSay(job.outlet.state)],
        },
      };
    }
    return {
      ...base,
      value,
      points: WEIGHTS['outlet-employer'],
      // A credit or a brand is a tie of its own kind: the sentence says which, not "employer" for all three.
      evidence:
        job.tie === 'credit'
          ? `The bio credits ${describe(job.outlet)} as producer or partner: ${quote(job.clause)}.`
          : job.tie === 'identity'
            ? `The account presents itself as ${describe(job.outlet)}: ${quote(job.clause)}.`
            : affiliation === 'captured-private'
              ? `The bio names ${describe(job.outlet)} as employer: ${quote(job.clause)}; a captured private outlet is grounds for suspicion at most.`
              : `The bio names ${describe(job.outlet)} as employer: ${quote(job.clause)}.`,
      say: {
        key:
          job.tie === 'credit'
            ? 'sig_outlet_employer_credit'
            : job.tie === 'identity'
              ? 'sig_outlet_employer_identity'
              : affiliation === 'captured-private'
                ? 'sig_outlet_employer_captured'
                : 'sig_outlet_employer',
        args: [describeSay(job.outlet), clauseSay(job.clause)],
      },
      // 'evidence' is the most an employer line can be: `suspected`, never `state-media`.
      strength: 'evidence',
    };
  },
};
