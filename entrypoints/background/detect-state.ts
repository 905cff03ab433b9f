// Toolbar state per tab from the detector content script. (Filled in by the news-intelligence feature.)
export function registerDetection(): void {}
