/** A website's host: scheme, "www.", port, path, query and a trailing dot gone ("HTTPS://www.Acme.com/about" -> "acme.com"). */
export const normaliseWebsite = (raw: string): string =>
  raw
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^[^/@]*@/, '')
    .replace(/[/?#:].*$/, '')
    .replace(/\.$/, '')
    .replace(/^www\d?\./, '');

// Second-level labels under which a country's registrations sit ("acme.co.uk"): the common ones.
const SECOND = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ltd', 'plc']);

/** The name a company registered: the host's label before its public suffix ("shop.acme.co.uk" -> "acme"). */
export const registeredName = (host: string): string => {
  const labels = host.split('.');
  if (labels.length < 2) return host;
  const cut = labels.length >= 3 && SECOND.has(labels[labels.length - 2] ?? '') ? 3 : 2;
  return labels[labels.length - cut] ?? host;
};

/** The registered domain with its suffix ("shop.acme.co.uk" -> "acme.co.uk"). */
export const registeredDomain = (host: string): string => {
  const name = registeredName(host);
  const at = host.lastIndexOf(`${name}.`);
  return at >= 0 ? host.slice(at) : host;
};
