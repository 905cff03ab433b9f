// Keyboard shortcuts other than the toolbar's own (_execute_action). (Filled in by the reading-comfort feature.)
export function registerCommands(): void {}
