// Rewrite the golden files under tests/golden/ from fresh renders: one downscaled frame
// per phase and the label crops with their positions. Run it only after a change to the
// picture that you have looked at and meant:
//
//   npm run golden:update
//
// then open the files it lists and commit them with the change.

import fs from 'node:fs';
import path from 'node:path';
import {
  LABEL_CROPS,
  LABEL_MANIFEST,
  type LabelCropRecord,
  PHASE_STILLS,
  labelCropPath,
  phaseGoldenPath,
  renderLabelCrop,
  renderPhaseGolden,
} from './golden';
import { writePng } from './images';
import { openRenderKit } from './render-kit';

const WORK_DIR = path.join('out', 'golden-update');

const main = async (): Promise<void> => {
  fs.mkdirSync(WORK_DIR, { recursive: true });
  const kit = await openRenderKit();
  try {
    for (const still of PHASE_STILLS) {
      const image = await renderPhaseGolden(kit, still, path.join(WORK_DIR, `${still.slug}.png`));
      writePng(phaseGoldenPath(still), image);
      console.log(`wrote ${phaseGoldenPath(still)} (${still.phase}, frame ${still.frame})`);
    }

    const records: LabelCropRecord[] = [];
    for (const label of LABEL_CROPS) {
      const { image, rect } = await renderLabelCrop(kit, label, path.join(WORK_DIR, `${label.name}.png`));
      writePng(labelCropPath(label), image);
      records.push({ ...label, rect });
      console.log(`wrote ${labelCropPath(label)} ("${label.text}" at frame ${label.frame})`);
    }
    fs.writeFileSync(LABEL_MANIFEST, `${JSON.stringify(records, null, 2)}\n`);
    console.log(`wrote ${LABEL_MANIFEST}`);
  } finally {
    await kit.close();
  }
};

await main();
