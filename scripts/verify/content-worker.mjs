/**
 * One thread of the publication gate (see checkFilesInParallel in content.ts): it checks the files
 * it is given with the very same checkFiles the gate runs in-process, and posts the verdicts back.
 * When it ends, the anonymizer's dictionaries it loaded go with it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { checkFiles } = await import('./content.ts');
parentPort.postMessage(checkFiles(workerData.jobs));
