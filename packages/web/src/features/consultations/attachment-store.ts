/**
 * The files of messages written on this device and not yet sent. localStorage holds the
 * outbox as text; the files themselves are Blobs, which IndexedDB stores as they are.
 * Keys start with the person's id, so signing out removes exactly that person's files.
 */
const dbName = 'yorisoi-outbox-files';
const storeName = 'files';

function openStore(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB unavailable'));
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  action: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openStore();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(storeName, mode);
      const request = action(tx.objectStore(storeName));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error('indexedDB failed'));
      tx.onabort = () => reject(tx.error ?? new Error('indexedDB aborted'));
    });
  } finally {
    db.close();
  }
}

const keyOf = (userId: string, clientUploadId: string) => `${userId}.${clientUploadId}`;

export function storeFile(userId: string, clientUploadId: string, file: Blob): Promise<unknown> {
  return run('readwrite', (store) => store.put(file, keyOf(userId, clientUploadId)));
}

export async function loadFile(userId: string, clientUploadId: string): Promise<Blob | null> {
  const found: unknown = await run('readonly', (store) => store.get(keyOf(userId, clientUploadId)));
  return found instanceof Blob ? found : null;
}

export async function forgetFiles(userId: string, clientUploadIds: readonly string[]) {
  if (clientUploadIds.length === 0) return;
  await run('readwrite', (store) => {
    let last: IDBRequest<undefined> = store.delete(keyOf(userId, clientUploadIds[0]!));
    for (const id of clientUploadIds.slice(1)) last = store.delete(keyOf(userId, id));
    return last;
  });
}

/** Removes every waiting file of this person from the device (sign-out). */
export async function forgetFilesOf(userId: string) {
  const prefix = `${userId}.`;
  await run('readwrite', (store) => store.delete(IDBKeyRange.bound(prefix, `${prefix}\uffff`)));
}

/** Base64 of a file, for the JSON upload. */
export async function toBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
