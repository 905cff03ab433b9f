// Read later: saving from the reader, the menus and the shortcut. (Filled in by the library feature.)
export function registerSave(): void {}
