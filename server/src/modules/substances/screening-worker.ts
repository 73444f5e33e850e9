// A screening worker thread: its own RDKit and screener over the registry snapshot it was given, screening
// batches of lines as the pool sends them. RDKit's WebAssembly is single-threaded, so parallelism is by thread.
import { parentPort, workerData } from 'node:worker_threads';
import { createChemistry, loadRDKit } from './chem.js';
import type { Registry } from './registry.js';
import { csvRow, jsonRow } from './result-format.js';
import { createScreener } from './screener.js';
import type { BatchReply, BatchRequest } from './screening-pool.js';

const port = parentPort;
if (!port) throw new Error('screening-worker runs only as a worker thread');
const { registry, naive } = workerData as { registry: Registry; naive: boolean };
const screener = createScreener(createChemistry(await loadRDKit()), registry, { naive });

// Results leave the thread already written out: the main thread only concatenates text, so it does not become
// the bottleneck decoding large result objects from every worker.
port.on('message', (req: BatchRequest) => {
  const results = req.lines.map(({ lineNo, line }) => {
    const result = screener.screen(line, req.asOf);
    const text = req.output === 'csv' ? csvRow(lineNo, line, result, req.language) : jsonRow(lineNo, line, result);
    return { lineNo, verdict: result.verdict, text };
  });
  port.postMessage({ seq: req.seq, results } satisfies BatchReply);
});
port.postMessage({ ready: true });
