import { prepare } from './pipeline.js';
import { packPrepared, type PrepareRequest } from './preparers.js';

// A preparer: a child process (preparers.ts) that runs the model-free part of the first pass
// (masking, normalizing, issue terms, signature) over the batches its parent sends, so that a
// backlog uses a second core. It holds no database and no campaign's model; it exits with its
// parent's channel.

// One batch per turn of the event loop: the channel hands over every request that arrived in one
// read at once, and a reply is written out only when the loop turns; preparing the next batch
// straight after would hold the last reply back while the parent waits for it.
const queue: PrepareRequest[] = [];
let scheduled = false;
function next(): void {
  scheduled = false;
  const m = queue.shift();
  if (!m) return;
  process.send!(packPrepared(m.id, m.texts, prepare));
  if (queue.length) schedule();
}
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(next);
}
process.on('message', (m: PrepareRequest) => {
  queue.push(m);
  schedule();
});
process.on('disconnect', () => process.exit(0));
