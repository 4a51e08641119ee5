export const GLOBAL_NAME: string;
export function build(): Promise<{ entryPoints: string[]; pages: { name: string; bytes: number }[] }>;
