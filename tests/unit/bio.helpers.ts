/** Shared by the bio reader's tests: a fixed clock, outlets looked up by alias (so tests hold while the registry grows). */
import { type BioReading, readBio } from '../../src/lists/bio';
import { STATE_OUTLETS, type StateOutlet } from '../../src/lists/outlets';

export const NOW = Date.UTC(2026, 0, 15);

/** The row with this alias in `table` (the bundled registry by default), else the row with this id. */
export function outlet(alias: string, table: readonly StateOutlet[] = STATE_OUTLETS): StateOutlet {
  const found = table.find((o) => o.aliases.includes(alias)) ?? table.find((o) => o.id === alias);
  if (!found) throw new Error(`no outlet with alias ${alias}`);
  return found;
}

/** The bio read at NOW, with the bundled outlets unless others are given. */
export function read(bio: string, outlets?: readonly StateOutlet[]): BioReading {
  return readBio(bio, { now: NOW, outlets });
}

/** The bio's employer as "<outlet id>", or "<outlet id> (former)" for a past job; undefined with none. */
export function jobOf(bio: string): string | undefined {
  const e = read(bio).employment;
  return e ? `${e.outlet.id}${e.former ? ' (former)' : ''}` : undefined;
}

/** The bio's current employer's outlet id; undefined for none or a past job. */
export function employerOf(bio: string): string | undefined {
  const e = read(bio).employment;
  return e && !e.former ? e.outlet.id : undefined;
}
