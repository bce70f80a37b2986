// History routing under /explorer/: deep links load directly (the server answers index.html for
// any path below it), in-page links push history entries, back and forward re-render.
import { useEffect, useState } from "preact/hooks";

export const BASE = "/explorer";

export function href(path, params) {
  const query = params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v != null && v !== "")) : "";
  const search = query && query.toString();
  return BASE + path + (search ? "?" + search : "");
}

export function navigate(to, { replace = false } = {}) {
  if (replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  window.dispatchEvent(new Event("explorer:navigate"));
}

export function useLocation() {
  const read = () => ({ path: window.location.pathname, search: window.location.search });
  const [location, setLocation] = useState(read);
  useEffect(() => {
    const update = () => setLocation(read());
    window.addEventListener("popstate", update);
    window.addEventListener("explorer:navigate", update);
    return () => {
      window.removeEventListener("popstate", update);
      window.removeEventListener("explorer:navigate", update);
    };
  }, []);
  return location;
}

/** A link within the explorer: a real href (open in a new tab works), history navigation on click. */
export function Link({ to, children, ...rest }) {
  const onClick = (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    navigate(to);
    window.scrollTo(0, 0);
  };
  return (
    <a href={to} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}

/** The route a path names: { name, params }. */
export function match(path) {
  const rest = path.startsWith(BASE) ? path.slice(BASE.length) : path;
  const parts = rest.split("/").filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: "home", params: {} };
  if (parts[0] === "country" && parts.length === 2) return { name: "country", params: { code: parts[1] } };
  if (parts[0] === "relation" && parts.length === 2) {
    const [a, b] = parts[1].split("-");
    if (a && b) return { name: "relation", params: { a, b } };
  }
  if (parts[0] === "articles" && parts.length === 1) return { name: "articles", params: {} };
  if (parts[0] === "article" && parts.length === 2) return { name: "article", params: { id: parts[1] } };
  return { name: "notFound", params: {} };
}
