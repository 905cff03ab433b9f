export function locateFirefox(): string;
export function findFirefox(opts?: { install?: boolean }): string;
