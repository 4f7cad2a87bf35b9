/** Downloads from the microscope panel: each canvas as PNG, the pattern and spots as CSV. */
import type { Profile } from '../../diffraction/profile';
import type { SaedPattern } from '../../diffraction/saed';

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadCanvas(canvas: HTMLCanvasElement, name: string) {
  canvas.toBlob((blob) => {
    if (blob) download(blob, name);
  }, 'image/png');
}

function csv(rows: (string | number)[][]): Blob {
  return new Blob([`${rows.map((r) => r.join(',')).join('\n')}\n`], { type: 'text/csv' });
}

export function xrdCsv(profile: Profile): Blob {
  const rows: (string | number)[][] = [['two_theta_deg', 'intensity']];
  for (let i = 0; i < profile.twoTheta.length; i++) {
    rows.push([profile.twoTheta[i].toFixed(3), profile.intensity[i].toFixed(4)]);
  }
  return csv(rows);
}

export function spotsCsv(p: SaedPattern): Blob {
  const rows: (string | number)[][] = [
    ['h', 'k', 'l', 'gx_per_nm', 'gy_per_nm', 'd_A', 'intensity'],
  ];
  for (const s of p.spots) {
    rows.push([
      ...s.hkl,
      (10 * s.g[0]).toFixed(4),
      (10 * s.g[1]).toFixed(4),
      s.d.toFixed(5),
      s.intensity.toFixed(3),
    ]);
  }
  return csv(rows);
}

export function downloadBlob(blob: Blob, name: string) {
  download(blob, name);
}
