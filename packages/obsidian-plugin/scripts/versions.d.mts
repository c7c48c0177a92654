export function versionProblems(dir: string): Promise<string[]>;
export function setVersion(dir: string, version: string): Promise<void>;
