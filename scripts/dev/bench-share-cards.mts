/** ms per share card, fonts loaded once: `tsx scripts/dev/bench-share-cards.mts [n]`. */
import { renderShareCard } from '../../src/lib/share-card.ts';

const n = Number(process.argv[2] ?? 100);
const summary = 'Хірургиня районної поліклініки відмовляється оглядати жінку, щойно бачить у карті направлення від організації. Через сорок хвилин вони заходять удвох.';
let t = performance.now();
await renderShareCard({ lang: 'uk', kind: 'story', title: 'Перший', summary });
console.log(`first card (font load, warm-up): ${(performance.now() - t).toFixed(0)} ms`);
t = performance.now();
const cpu = process.cpuUsage();
for (let i = 0; i < n; i++) await renderShareCard({ lang: (['uk', 'ru', 'en'] as const)[i % 3], kind: 'story', title: `Історія номер ${i} про облаву`, summary });
const per = (performance.now() - t) / n;
const used = process.cpuUsage(cpu);
const cpuPer = (used.user + used.system) / 1000 / n;
console.log(`${n} cards: ${per.toFixed(1)} ms per card wall, ${cpuPer.toFixed(1)} ms CPU → ~${((per * 3000) / 1000).toFixed(0)} s for 3,000 stories`);
