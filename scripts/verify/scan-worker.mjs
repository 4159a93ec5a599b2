/**
 * One scanning thread of the leak scan (see startScanners in scan.ts): it loads the detectors as
 * soon as it starts, then scans the batches it is sent with the very same scanSegment.
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
  parentPort.postMessage(scanBatch(msg.batch, allowed));
});
