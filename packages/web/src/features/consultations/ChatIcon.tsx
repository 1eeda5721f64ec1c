/** The few line icons of the chat screen; always beside a text label or an aria-label. */
const paths = {
  back: 'M15 5l-7 7 7 7',
  send: 'M4 12l16-8-6 16-2.5-6.5L4 12z',
  attach: 'M12 5v14M5 12h14',
  close: 'M6 6l12 12M18 6L6 18',
  phone:
    'M6.6 3.5l2.6 .4 1.3 4-1.9 1.5a11 11 0 005.9 5.9l1.5-1.9 4 1.3.4 2.6a2 2 0 01-2 2.2A16.5 16.5 0 014.4 5.5a2 2 0 012.2-2z',
  video: 'M3.5 7h11v10h-11zM14.5 10.5l6-3.5v10l-6-3.5',
  camera: 'M4 8h3l2-3h6l2 3h3v11H4zM12 16.5a3.5 3.5 0 100-7 3.5 3.5 0 000 7z',
  file: 'M7 3h7l4 4v14H7zM14 3v4h4',
} as const;

export type ChatIconName = keyof typeof paths;

export function ChatIcon({ name }: { name: ChatIconName }) {
  return (
    <svg
      className="chat-icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={paths[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
