/** Nearest neighbours as the inspectors list them: label, element, distance (Å). */
import { num } from './format';

export interface NeighbourRow {
  label: string;
  element: string;
  /** Å */
  distance: number;
}

export function NeighbourTable({ rows }: { rows: readonly NeighbourRow[] }) {
  return (
    <>
      <h2>Nearest neighbours</h2>
      <table className="neighbours">
        <tbody>
          {rows.map((n, k) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list sorted by distance
            <tr key={k}>
              <td>{n.label}</td>
              <td>{n.element}</td>
              <td>{num(n.distance, 3)} Å</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
