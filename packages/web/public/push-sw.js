/* global self */
/* Web push handlers, imported into the generated service worker (workbox importScripts).
 * The payload carries only a fixed text chosen by the server and a path of this app:
 * never what anyone wrote, never who the person is. */

/** Staff pushes (issue 13) and the tags of the console's own notifications for them. */
const consoleTags = {
  consultation_assigned: 'console-assigned',
  consultation_message: 'console-message',
};

self.addEventListener('push', (event) => {
  let data = null;
  try {
    data = event.data ? event.data.json() : null;
  } catch {
    data = null;
  }
  const title = data && typeof data.title === 'string' ? data.title : '寄り添い';
  const body = data && typeof data.body === 'string' ? data.body : '';
  const url = data && typeof data.url === 'string' && data.url.startsWith('/') ? data.url : '/';
  const kind = data && typeof data.kind === 'string' ? data.kind : 'yorisoi';
  const show = () =>
    self.registration.showNotification(title, {
      body,
      icon: '/icon-192.png',
      badge: '/icon-192.png',
      // One notification per kind: a newer one replaces the older. The care team's kinds
      // share the console's own tags, so a hidden tab's notice and the push are one.
      tag: consoleTags[kind] || kind,
      renotify: true,
      data: { url },
    });
  if (!consoleTags[kind]) {
    event.waitUntil(show());
    return;
  }
  // A console on screen announces it itself (toast, title count, chime).
  event.waitUntil(
    self.clients
      .matchAll({ type: 'window', includeUncontrolled: true })
      .then((windows) =>
        windows.some((client) => client.visibilityState === 'visible') ? undefined : show(),
      ),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const path = event.notification.data && event.notification.data.url;
  const target = new URL(
    typeof path === 'string' && path.startsWith('/') ? path : '/',
    self.location.origin,
  );
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      for (const client of windows) {
        if (new URL(client.url).origin === target.origin && 'navigate' in client) {
          return client.focus().then(() => client.navigate(target.href));
        }
      }
      return self.clients.openWindow(target.href);
    }),
  );
});
