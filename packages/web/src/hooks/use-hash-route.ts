import { useEffect, useState } from 'react';

/**
 * Every page of the app. Pages that need a server (`SERVER_ROUTES`) are hidden when the app runs
 * from static files with the engine alone. Add a page here, give it a title, and render it in App.
 */
export const ROUTES = [
  'inbox',
  'conversations',
  'read',
  'coach',
  'roleplay',
  'reviews',
  'team',
  'moments',
  'settings',
] as const;
export type Route = (typeof ROUTES)[number];

/** Pages that read workspace data, so they need the API and a signed-in person. */
export const SERVER_ROUTES: readonly Route[] = [
  'inbox',
  'conversations',
  'reviews',
  'team',
  'moments',
  'settings',
];

/** Pages reached from other pages rather than from the navigation. */
export const HIDDEN_ROUTES: readonly Route[] = ['conversations'];

/** Each page's name, used by the navigation and the document title alike. */
export const ROUTE_TITLES: Record<Route, string> = {
  inbox: 'Inbox',
  conversations: 'Conversation',
  read: 'Read a message',
  coach: 'Coach my reply',
  roleplay: 'Practise',
  reviews: 'Voice of the customer',
  team: 'Team',
  moments: 'Moments',
  settings: 'Settings',
};

/** A parsed hash: the page and, for pages about one thing, its id (`#/conversations/c_123`). */
export interface HashLocation {
  /** Null when the hash names no page: the app picks its home page. */
  route: Route | null;
  id: string | null;
}

export function parseHash(hash: string): HashLocation {
  const [name = '', id] = hash.replace(/^#\/?/, '').split('/');
  const route = (ROUTES as readonly string[]).includes(name) ? (name as Route) : null;
  return { route, id: route && id ? decodeURIComponent(id) : null };
}

/**
 * The page named in the URL's hash (`#/coach`, `#/conversations/c_1`). Hash routes need no server
 * support, so the app works the same from the Rapport server, a static file server or a sub-path
 * behind a proxy.
 */
export function useHashLocation(): HashLocation {
  const [location, setLocation] = useState<HashLocation>(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setLocation(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return location;
}
