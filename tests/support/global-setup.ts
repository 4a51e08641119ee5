import { build } from '../../scripts/build.mjs';

// Every test that loads dist/Code.js sees the bundle of the current source.
export default async function setup(): Promise<void> {
  await build();
}
