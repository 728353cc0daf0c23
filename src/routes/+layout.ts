// Every page is prerendered to static HTML (adapter-static); links and map state live in the
// query string, read in the browser.
export const prerender = true;
export const trailingSlash = 'never';
