/** The project's own commands as a newsroom runs them, for the specs that test their output. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * `scripts/<script>.ts` (`npm run video`, `npm run pptx`) with `args` and extra environment (BUILD_DIR);
 * resolves to its exit code and output, whether it succeeded or not.
 */
export async function runScript(script: string, args: string[], env: Record<string, string> = {}) {
	try {
		const { stdout, stderr } = await run('node_modules/.bin/tsx', [`scripts/${script}.ts`, ...args], { env: { ...process.env, ...env }, timeout: 240_000 });
		return { code: 0, stdout, stderr };
	} catch (e) {
		const failed = e as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}
