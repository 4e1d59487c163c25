import type { Phrase } from '../../shared/i18n/messages.js';

// Error and notice phrases of the rectify feature (zh-CN first; zh-TW is converted unless written).
export const rectifyMessages = {
} satisfies Record<string, Phrase>;
