// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** During `npm run dev`: every problem in the dataset, one line each (file › event › field: message). */
			problems?: string[];
		}
	}
}

export {};
