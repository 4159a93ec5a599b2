/**
 * One scanning thread of the leak scan (see startScanner in scan.ts): it loads the detectors as
 * soon as it starts, then scans the batches it is sent with the very same scanSegment. The first
 * message is the allowlist; every later one is a batch.
 */
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { scanBatch, fromData } = await import('./scan.ts');
const { scanText } = await import('../anonymize/index.ts');
// Load every language's dictionaries now, while the main thread is still reading dist/.
for (const lang of ['uk', 'ru', 'en']) scanText('Warm-up: Олена, 12 березня, вул. Шевченка.', { lang });

let allowed;
parentPort.on('message', (msg) => {
  if (msg.allowed) allowed = fromData(msg.allowed);
  else parentPort.postMessage(scanBatch(msg, allowed));
});
