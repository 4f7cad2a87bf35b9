import { beforeAll, describe, expect, it } from 'vitest';
import {
  isRhombohedralCell,
  spaceGroupFromHall,
  spaceGroupFromHm,
  spaceGroupFromNumber,
  spaceGroupFromSymbol,
} from '../../src/crystal/symmetry/lookup';
import { hallOperations, isMoyoReady } from '../../src/crystal/symmetry/moyo';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { formatOp } from '../../src/crystal/symmetry/xyz';

beforeAll(() => initMoyoNode());

const HEX = { a: 12.469, b: 12.469, c: 32.92, alpha: 90, beta: 90, gamma: 120 };
const RHOMB = { a: 16.16, b: 16.16, c: 16.16, alpha: 13.93, beta: 13.93, gamma: 13.93 };

function hallOf(symbol: string, cell?: typeof HEX) {
  const r = spaceGroupFromSymbol(symbol, cell);
  if (!r.ok) throw new Error(r.error.message);
  return [r.value.hallNumber, r.value.number, r.value.ops.length];
}

describe('moyo bridge', () => {
  it('is ready after initMoyoNode', () => {
    expect(isMoyoReady()).toBe(true);
  });

  it('gives hexagonal rotations in our row-major convention (moyo flattens column-major)', () => {
    const ops = hallOperations(433); // R 3 in hexagonal axes
    if (!ops.ok) throw new Error(ops.error.message);
    const text = ops.value.map(formatOp);
    expect(text).toContain('-y,x-y,z');
    expect(text).toContain('-x+y,-x,z');
    expect(text).toContain('-y+2/3,x-y+1/3,z+1/3');
    expect(text).not.toContain('y,-x-y,z');
    expect(ops.value).toHaveLength(9);
  });
});

describe('space group lookup', () => {
  it('finds I4/m (87, Hall 363, 16 operators with centring) however it is written', () => {
    for (const s of ['I 4/m', 'I4/m', "'I 4/m'", 'i 4/M', '-I 4']) {
      expect(hallOf(s)).toEqual([363, 87, 16]);
    }
    const byNumber = spaceGroupFromNumber(87);
    expect(byNumber.ok && byNumber.value.hallNumber).toBe(363);
    expect(byNumber.ok && byNumber.value.ops.map(formatOp)).toContain('x+1/2,y+1/2,z+1/2');
  });

  it('reads full symbols, screw axes with or without underscores, monoclinic settings', () => {
    expect(hallOf('P 42/m 21/n 2/m')).toEqual([419, 136, 16]);
    expect(hallOf('P4_2/mnm')).toEqual([419, 136, 16]);
    expect(hallOf('C12/m1')).toEqual([63, 12, 8]);
    expect(hallOf('C 1 2/m 1')).toEqual([63, 12, 8]);
    expect(hallOf('P 1 21/n 1')).toEqual([82, 14, 4]);
    expect(hallOf('P 21/n')).toEqual([82, 14, 4]);
    expect(hallOf('P 21/c')).toEqual([81, 14, 4]);
    expect(hallOf('-P_2yn')).toEqual([82, 14, 4]);
    expect(hallOf('Pbnm')).toEqual([294, 62, 8]);
    expect(hallOf('F m 3 m')).toEqual([523, 225, 192]);
  });

  it('honours origin-choice and axes suffixes', () => {
    expect(hallOf('F d -3 m :1')).toEqual([525, 227, 192]);
    expect(hallOf('Fd-3m:2')).toEqual([526, 227, 192]);
    expect(hallOf('R -3 m :R')).toEqual([459, 166, 12]);
    expect(hallOf('R -3 c :H')).toEqual([460, 167, 36]);
    const symbol = spaceGroupFromHm('F d -3 m :1');
    expect(symbol.ok && symbol.value.symbol).toBe('F d -3 m :1');
  });

  it('takes Fd-3m without a suffix as origin choice 1, as International Tables do', () => {
    expect(hallOf('F d -3 m')).toEqual([525, 227, 192]);
    expect(hallOf('P 4/n m m')).toEqual([408, 129, 16]);
  });

  it('reads ICSD setting letters and written-out origin choices', () => {
    expect(hallOf('F d -3 m Z')).toEqual([526, 227, 192]);
    expect(hallOf('F d -3 m S')).toEqual([525, 227, 192]);
    expect(hallOf('Fd-3m (origin choice 2)')).toEqual([526, 227, 192]);
    expect(hallOf('R -3 m R', RHOMB)).toEqual([459, 166, 12]);
    expect(hallOf('R -3 m H')).toEqual([458, 166, 36]);
  });

  it('reads old subscript styles of screw axes', () => {
    for (const s of ['P2(1)/c', 'P 21/c', 'P2_1/c', 'P 1 21/c 1', 'P 1 2(1)/c 1']) {
      expect(hallOf(s)).toEqual([81, 14, 4]);
    }
  });

  it('decides rhombohedral groups without a suffix from the cell', () => {
    expect(isRhombohedralCell(RHOMB)).toBe(true);
    expect(isRhombohedralCell(HEX)).toBe(false);
    expect(isRhombohedralCell({ ...RHOMB, alpha: 90, beta: 90, gamma: 90 })).toBe(false);
    expect(hallOf('R -3 c', HEX)).toEqual([460, 167, 36]);
    expect(hallOf('R -3 c', RHOMB)).toEqual([461, 167, 12]);
    expect(hallOf('R -3 c')).toEqual([460, 167, 36]);
    const n = spaceGroupFromNumber(166, RHOMB);
    expect(n.ok && [n.value.hallNumber, n.value.ops.length]).toEqual([459, 12]);
  });

  it('reads Hall symbols with a double prime written " (moyo writes =)', () => {
    const r = spaceGroupFromHall('-R 3 2"c');
    expect(r.ok && r.value.hallNumber).toBe(460);
    expect(spaceGroupFromHall('P 32').ok && spaceGroupFromHall('P 3 2').ok).toBe(true);
    const p32 = spaceGroupFromHall('P 32');
    const p312 = spaceGroupFromHall('P 3 2');
    expect(p32.ok && p32.value.number).toBe(145);
    expect(p312.ok && p312.value.number).toBe(149);
  });

  it('says what it does not know', () => {
    const hm = spaceGroupFromHm('Q 7/z');
    expect(hm.ok).toBe(false);
    if (!hm.ok) expect(hm.error.message).toBe('unknown Hermann–Mauguin symbol "Q 7/z"');
    const setting = spaceGroupFromHm('F d -3 m :3');
    expect(!setting.ok && setting.error.message).toBe('no setting "3" for "F d -3 m :3"');
    const num = spaceGroupFromNumber(231);
    expect(!num.ok && num.error.message).toBe('space-group number 231 is outside 1–230');
  });
});
