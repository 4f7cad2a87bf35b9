import { startBrowserBench } from '/work/main/src/cli/bench-browser';
const b = await startBrowserBench();
for (const s of ['?s=alpha-MnO2&sc=1x1x1&view=001','?s=alpha-MnO2&sc=16x16x15&view=001','?s=alpha-MnO2&sc=1x1x1&view=001','?s=alpha-MnO2&sc=5x5x15&view=001','?s=alpha-MnO2&sc=16x16x15&view=001'])
  console.log(s, (await b.firstFrame(s, 3)).map(Math.round));
await b.close();
