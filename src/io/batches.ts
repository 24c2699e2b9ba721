/**
 * Runs an asynchronous step over many files a batch at a time: enough at once for the file
 * system and zlib's thread pool to work in parallel, few enough to stay far below the limit on
 * open files (256 by default on macOS) when an index has tens of thousands of them.
 */
export async function inBatches<T>(items: Iterable<T> | AsyncIterable<T>, step: (item: T) => Promise<void>, size = 64) {
	const batch: Promise<void>[] = [];
	for await (const item of items) {
		batch.push(step(item));
		if (batch.length === size) await Promise.all(batch.splice(0));
	}
	await Promise.all(batch);
}
