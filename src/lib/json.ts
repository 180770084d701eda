// A JSON file as a static endpoint's response: indented, so that people can read it too.
export function jsonSvar(data: unknown, typ = 'application/json'): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'content-type': `${typ}; charset=utf-8` } });
}
