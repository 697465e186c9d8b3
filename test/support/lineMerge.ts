// A line-based three-way merge, as `git merge` does it to a text file, for the property tests:
// lines both versions kept from the ancestor are stable; between them, a stretch changed on one
// side takes that side, changed alike on both takes it once, and changed differently on both is a
// conflict written with git's markers (with the ancestor's lines, `|||||||`, in diff3 style).

export interface LineMergeResult {
  readonly text: string;
  readonly conflicts: number;
}

function lines(text: string): string[] {
  const out: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const next = nl < 0 ? text.length : nl + 1;
    out.push(text.slice(pos, next));
    pos = next;
  }
  return out;
}

/**
 * For each line of `a`, the line of `b` it is matched with (-1: none), the way git's histogram diff
 * (the default of `git merge`) tends to match: the longest run of lines the two have in common
 * anchors the match, and the stretches on either side are matched the same way. A moved block is
 * so seen as deleted here and added there, as git sees it.
 */
function matchLines(a: readonly string[], b: readonly string[]): number[] {
  const match = new Array<number>(a.length).fill(-1);
  const recurse = (alo: number, ahi: number, blo: number, bhi: number): void => {
    while (alo < ahi && blo < bhi && a[alo] === b[blo]) {
      match[alo++] = blo++;
    }
    while (alo < ahi && blo < bhi && a[ahi - 1] === b[bhi - 1]) {
      match[--ahi] = --bhi;
    }
    if (alo >= ahi || blo >= bhi) {
      return;
    }
    const [i, j, len] = longestRun(a, b, alo, ahi, blo, bhi);
    if (len === 0) {
      return;
    }
    recurse(alo, i, blo, j);
    for (let k = 0; k < len; k++) {
      match[i + k] = j + k;
    }
    recurse(i + len, ahi, j + len, bhi);
  };
  recurse(0, a.length, 0, b.length);
  return match;
}

/** The longest run of equal consecutive lines in both ranges: [start in a, start in b, length]. */
function longestRun(
  a: readonly string[],
  b: readonly string[],
  alo: number,
  ahi: number,
  blo: number,
  bhi: number,
): [number, number, number] {
  let best: [number, number, number] = [alo, blo, 0];
  let prev = new Uint32Array(bhi - blo + 1);
  for (let i = alo; i < ahi; i++) {
    const cur = new Uint32Array(bhi - blo + 1);
    for (let j = blo; j < bhi; j++) {
      if (a[i] === b[j]) {
        const n = prev[j - blo] + 1;
        cur[j - blo + 1] = n;
        if (n > best[2]) {
          best = [i - n + 1, j - n + 1, n];
        }
      }
    }
    prev = cur;
  }
  return best;
}

const same = (x: readonly string[], y: readonly string[]): boolean =>
  x.length === y.length && x.every((l, i) => l === y[i]);

export function mergeLines(
  base: string,
  ours: string,
  theirs: string,
  opts: { diff3: boolean; oursLabel?: string; theirsLabel?: string } = { diff3: false },
): LineMergeResult {
  const B = lines(base);
  const O = lines(ours);
  const T = lines(theirs);
  const mo = matchLines(B, O);
  const mt = matchLines(B, T);
  const eol = /\r\n/.test(ours) ? '\r\n' : '\n';
  const out: string[] = [];
  let conflicts = 0;
  let i = 0;
  let a = 0;
  let b = 0;
  const ended = (chunk: readonly string[]): string[] =>
    chunk.length && !chunk[chunk.length - 1].endsWith('\n')
      ? [...chunk.slice(0, -1), chunk[chunk.length - 1] + eol]
      : [...chunk];
  while (i < B.length || a < O.length || b < T.length) {
    if (i < B.length && mo[i] === a && mt[i] === b) {
      out.push(B[i]);
      i++;
      a++;
      b++;
      continue;
    }
    let k = i;
    while (k < B.length && (mo[k] < 0 || mt[k] < 0)) {
      k++;
    }
    const bc = B.slice(i, k);
    const oc = O.slice(a, k < B.length ? mo[k] : O.length);
    const tc = T.slice(b, k < B.length ? mt[k] : T.length);
    if (same(oc, bc)) {
      out.push(...tc);
    } else if (same(tc, bc) || same(oc, tc)) {
      out.push(...oc);
    } else {
      conflicts++;
      out.push(`<<<<<<< ${opts.oursLabel ?? 'ours'}${eol}`, ...ended(oc));
      if (opts.diff3) {
        out.push(`||||||| base${eol}`, ...ended(bc));
      }
      out.push(`=======${eol}`, ...ended(tc), `>>>>>>> ${opts.theirsLabel ?? 'theirs'}${eol}`);
    }
    i = k;
    a += oc.length;
    b += tc.length;
  }
  return { text: out.join(''), conflicts };
}
