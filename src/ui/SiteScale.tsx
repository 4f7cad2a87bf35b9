/** The key to the site spheres' colours: free radius in Å (src/voids/site-colour.ts). */
import { SITE_SCALE } from '../voids/site-colour';

export function SiteScale() {
  const lo = SITE_SCALE[0].radius;
  const hi = SITE_SCALE[SITE_SCALE.length - 1].radius;
  const stops = SITE_SCALE.map((s) => `${s.hex} ${(100 * (s.radius - lo)) / (hi - lo)}%`);
  return (
    <figure className="site-scale" aria-label="Site colour: free radius in ångström">
      <figcaption>site colour: free radius (Å)</figcaption>
      <div
        className="site-scale-bar"
        style={{ background: `linear-gradient(to right, ${stops.join(', ')})` }}
      />
      <div className="site-scale-ticks">
        {SITE_SCALE.map((s) => (
          <span key={s.radius}>
            {s.radius === hi ? `≥ ${s.radius.toFixed(1)}` : s.radius.toFixed(1)}
          </span>
        ))}
      </div>
    </figure>
  );
}
