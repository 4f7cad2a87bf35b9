/**
 * Gathers spheres, cylinders and triangles by colour as the scene is read, then hands them to
 * glb-bake as one set per colour (one mesh, one material each). A two-coloured bond becomes
 * two half cylinders, each in the colour of its end atom, as the view draws it.
 */
import type { BakeInput, CylinderSet, Rgb, SphereSet, TriangleSet } from './glb-bake';

interface Bucket {
  name: string;
  color: Rgb;
  a: number[];
  b: number[];
}

function colourKey(name: string, c: Rgb): string {
  return `${name}|${c.map((v) => Math.round(v * 255)).join(',')}`;
}

export class SceneCollector {
  private spheres = new Map<string, Bucket>();
  private cylinders = new Map<string, Bucket & { radius: number }>();
  private triangles = new Map<string, Bucket & { opacity: number }>();

  private bucket<B extends Bucket>(
    map: Map<string, B>,
    name: string,
    color: Rgb,
    extra: Omit<B, keyof Bucket>,
  ): B {
    const key = colourKey(name, color);
    let b = map.get(key);
    if (!b) {
      // Same name with another colour (a recoloured atom): the name says which colour.
      const taken = [...map.values()].some((o) => o.name === name);
      const label = taken ? `${name}-${key.split('|')[1].replace(/,/g, '-')}` : name;
      b = { name: label, color, a: [], b: [], ...extra } as unknown as B;
      map.set(key, b);
    }
    return b;
  }

  sphere(name: string, color: Rgb, x: number, y: number, z: number, radius: number) {
    if (!(radius > 0)) return;
    const b = this.bucket(this.spheres, name, color, {});
    b.a.push(x, y, z);
    b.b.push(radius);
  }

  cylinder(name: string, color: Rgb, radius: number, p: ArrayLike<number>, q: ArrayLike<number>) {
    if (!(radius > 0)) return;
    const b = this.bucket(this.cylinders, `${name}@${radius}`, color, { radius });
    b.a.push(p[0], p[1], p[2]);
    b.b.push(q[0], q[1], q[2]);
  }

  /** A bond from p (colour ca, named na) to q (cb, nb), split at its middle. */
  bond(
    radius: number,
    p: ArrayLike<number>,
    q: ArrayLike<number>,
    na: string,
    ca: Rgb,
    nb: string,
    cb: Rgb,
  ) {
    const mid = [0, 1, 2].map((i) => (p[i] + q[i]) / 2);
    this.cylinder(`bonds-${na}`, ca, radius, p, mid);
    this.cylinder(`bonds-${nb}`, cb, radius, mid, q);
  }

  triangle(name: string, color: Rgb, opacity: number, corners: ArrayLike<number>) {
    const b = this.bucket(this.triangles, name, color, { opacity });
    for (let i = 0; i < 9; i++) b.a.push(corners[i]);
  }

  /** The gathered sets, in a stable order (spheres by name, then bonds, then faces). */
  result(sphereSegments: [number, number]): BakeInput {
    const byName = <T extends { name: string }>(xs: T[]) =>
      xs.sort((p, q) => (p.name < q.name ? -1 : p.name > q.name ? 1 : 0));
    const spheres: SphereSet[] = byName([...this.spheres.values()]).map((b) => ({
      name: b.name,
      color: b.color,
      centres: Float32Array.from(b.a),
      radii: Float32Array.from(b.b),
    }));
    const cylinders: CylinderSet[] = byName([...this.cylinders.values()]).map((b) => ({
      name: b.name.replace(/@.*$/, ''),
      color: b.color,
      starts: Float32Array.from(b.a),
      ends: Float32Array.from(b.b),
      radius: b.radius,
    }));
    const triangles: TriangleSet[] = byName([...this.triangles.values()]).map((b) => ({
      name: b.name,
      color: b.color,
      opacity: b.opacity,
      corners: Float32Array.from(b.a),
    }));
    return { spheres, cylinders, triangles, sphereSegments };
  }
}
