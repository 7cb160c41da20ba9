// Seeded PRNG for the simulation: same seed, same traces. sfc32 (Chris Doty-Humphrey's Small Fast Counter),
// 32-bit output, seeded through splitmix32 so that nearby seeds give unrelated streams.
// The state is four plain numbers so that it can be stored in ClientState and cross the worker boundary.

export interface RngState {
  a: number;
  b: number;
  c: number;
  d: number;
}

export function seedRng(seed: number): RngState {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  const st = { a: next(), b: next(), c: next(), d: next() };
  for (let i = 0; i < 12; i++) nextU32(st);
  return st;
}

/** Next 32-bit unsigned value; advances `st` in place. */
export function nextU32(st: RngState): number {
  const t = (((st.a + st.b) | 0) + st.d) | 0;
  st.d = (st.d + 1) | 0;
  st.a = st.b ^ (st.b >>> 9);
  st.b = (st.c + (st.c << 3)) | 0;
  st.c = (st.c << 21) | (st.c >>> 11);
  st.c = (st.c + t) | 0;
  return t >>> 0;
}

/** Uniform integer in [0, n). */
export function nextInt(st: RngState, n: number): number {
  return Math.floor((nextU32(st) / 0x100000000) * n);
}

export function cloneRng(st: RngState): RngState {
  return { a: st.a, b: st.b, c: st.c, d: st.d };
}
