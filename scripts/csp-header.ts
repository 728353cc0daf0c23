/**
 * `npm run csp-header [build-dir]`: prints the content security policy of the built site as one
 * `Content-Security-Policy` header (scripts/csp.ts), for a host that wants to send it as well
 * as the pages' own `<meta>`. Run it after each build: the script hashes change with the code.
 */
import { headerPolicy } from './csp';

console.log(`Content-Security-Policy: ${headerPolicy(process.argv[2] ?? 'build')}`);
