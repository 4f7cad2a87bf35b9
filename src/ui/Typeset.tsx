/** Space-group symbols and formulas as a slide would print them (the core typesets, this draws). */
import { typesetFormulas } from '../crystal/formula-typeset';
import { typesetSpaceGroup } from '../crystal/typeset';
import './typeset.css';

/** P4₂/mnm, R3̄m: the bar drawn over the digit by CSS, which every font can do. */
export function SpaceGroupText({ symbol }: { symbol: string }) {
  const t = typesetSpaceGroup(symbol);
  return (
    <span className="space-group" data-testid="space-group" title={symbol}>
      {t.parts.map((p, i) =>
        p.overbar ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed symbol
          <span key={i} className="overbar">
            {p.text}
          </span>
        ) : (
          p.text
        ),
      )}
      {t.setting && <span className="space-group-setting"> ({t.setting})</span>}
    </span>
  );
}

/** Running text with each formula typeset and kept on one line. */
export function FormulaText({ text }: { text: string }) {
  return (
    <>
      {typesetFormulas(text).map((r, i) =>
        r.formula ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs of one fixed text
          <span key={i} className="formula">
            {r.text}
          </span>
        ) : (
          r.text
        ),
      )}
    </>
  );
}
