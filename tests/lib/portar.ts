// The ports of the test servers. Derived from the checkout's path unless PORT is set, so that two
// checkouts testing at once on one machine neither collide nor test each other's site.
import { createHash } from 'node:crypto';
import { ROOT } from './site.ts';

const standard = 4400 + (createHash('sha1').update(ROOT).digest().readUInt16BE(0) % 500) * 3;
const PORT = Number(process.env.PORT ?? standard);

export const PORTAR = {
  /** The real site, dist/, with the security headers. */
  dist: PORT,
  /** The fixture corpus built at the root. */
  fixtur: PORT + 1,
  /** The fixture corpus built below /cancerrad/. */
  fixturBas: PORT + 2,
};

export const adress = (port: number) => `http://127.0.0.1:${port}`;
