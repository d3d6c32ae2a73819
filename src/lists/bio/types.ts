/** The public shape of a bio reading: what readBio answers, and its options. */
import type { StateOutlet } from '../outlets';

/** Longer input is cut: TikTok caps bios at 80 characters, so anything past this is hostile or a paste. */
export const MAX_BIO_CHARS = 2000;

/** Why an outlet named in a bio is not read as its writer's employer. */
export type BioContext =
  | 'critic'
  | 'research'
  | 'negation'
  | 'parody'
  | 'disclaimer'
  | 'guest'
  | 'factcheck'
  | 'relative';

export interface BioEmployment {
  outlet: StateOutlet;
  /** The whole clause that made the call, as written (spaces collapsed). */
  clause: string;
  /** The role-and-outlet words inside it: "Presenter @CGTN". */
  phrase: string;
  /** Past employment: reported, never counted. */
  former: boolean;
  /**
   * What ties the outlet: a title or employment phrase ('role'), or a production or partnership credit ('credit':
   * "produced with China Daily", "与 CGTN 合作拍摄"), or the outlet's brand as the account's own name ('identity': "RT на
   * русском"; src/lists/bio/identity.ts) — the evidence should say which.
   */
  tie: 'role' | 'credit' | 'identity';
}

export interface BioMention {
  outlet: StateOutlet;
  name: string;
  clause: string;
  context?: BioContext;
}

export interface BioReading {
  clauses: string[];
  /** The employment that matters most: current before former, state before captured before independent. */
  employment?: BioEmployment;
  employments: BioEmployment[];
  /** A role bound to an outlet that the context rules out ("parody of an RT anchor"). */
  ruledOut?: BioEmployment & { why: BioContext };
  /** The context in which the bio names an outlet, for the evidence sentence. */
  context?: BioContext;
  contextClause?: string;
  mentions: BioMention[];
}

export interface ReadOptions {
  /** The outlet table; STATE_OUTLETS when absent. */
  outlets?: readonly StateOutlet[];
  /** The clock that decides whether "until 2025" is past; Date.now() when absent. */
  now?: number;
  /**
   * The account's name (nickname), when the caller has it apart from the bio: it may be an outlet's bare brand
   * ("CGTN Africa"), where a bio clause needs a service word beside the name (src/lists/bio/identity.ts).
   */
  name?: string;
  /** The account's handle: it may be an outlet's brand as handles write it ("cgtn_espanol"; src/lists/bio/identity.ts). */
  handle?: string;
}
