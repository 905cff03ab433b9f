export function locateChrome(): string | null;
export function findChrome(opts?: { install?: boolean }): string;
