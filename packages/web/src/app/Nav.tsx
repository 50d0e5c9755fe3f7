import { HIDDEN_ROUTES, ROUTE_TITLES, ROUTES, type Route, SERVER_ROUTES } from '../hooks/use-hash-route.js';

interface Props {
  current: Route;
  /** False when the app runs without the API: only the engine's own pages are offered. */
  withServer: boolean;
}

/** The workspace's pages as ordinary links, so they work with the keyboard, history and new tabs. */
export function Nav({ current, withServer }: Props) {
  const shown = ROUTES.filter(
    (r) => !HIDDEN_ROUTES.includes(r) && (withServer || !SERVER_ROUTES.includes(r)),
  );
  return (
    <nav className="app-nav" aria-label="Workspace">
      <ul>
        {shown.map((route) => (
          <li key={route}>
            <a href={`#/${route}`} aria-current={route === current ? 'page' : undefined}>
              {ROUTE_TITLES[route]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
