/**
 * A tiny static server for the built site (build/), as a CDN would serve it: `/explore`
 * maps to `explore.html`, unknown paths 404. Records every path requested.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain'
};

export interface StaticServer {
	origin: string;
	requests: string[];
	close(): Promise<void>;
}

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
	const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
	const candidates = [
		join(root, clean),
		join(root, `${clean}.html`),
		join(root, clean, 'index.html')
	];
	for (const file of candidates) {
		if (!file.startsWith(root)) continue;
		try {
			if ((await stat(file)).isFile()) return file;
		} catch {
			// try the next candidate
		}
	}
	return null;
}

/**
 * @param root the folder served at `/`
 * @param mounts extra folders by URL prefix (the benchmark mounts its bare baseline page)
 * @param options.cdn serve as a CDN would (gzip, long cache for immutable files), for Lighthouse
 * @param options.headers sent with every file (the content security policy as a header, say)
 */
export async function serveBuild(
	root = join(process.cwd(), 'build'),
	mounts: Record<string, string> = {},
	options: { cdn?: boolean; port?: number; headers?: Record<string, string> } = {}
): Promise<StaticServer> {
	const requests: string[] = [];
	const server: Server = createServer(async (req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		requests.push(path);
		const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
		const file = mount
			? await resolveFile(mounts[mount], path.slice(mount.length - 1))
			: await resolveFile(root, path);
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const body = await readFile(file);
		const extra = options.headers ?? {};
		if (!options.cdn) {
			res.writeHead(200, { 'content-type': type, ...extra }).end(body);
			return;
		}
		const zip = /json|javascript|css|html|svg/.test(type);
		res.writeHead(200, {
			...extra,
			'content-type': type,
			'cache-control': path.includes('/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'public, max-age=300',
			...(zip ? { 'content-encoding': 'gzip' } : {})
		});
		res.end(zip ? gzipSync(body) : body);
	});
	await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		origin: `http://127.0.0.1:${port}`,
		requests,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
