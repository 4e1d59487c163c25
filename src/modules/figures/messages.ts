import type { Phrase } from '../../shared/i18n/messages.js';

// Error and notice phrases of the figures feature (zh-CN first; zh-TW is converted unless written).
export const figuresMessages = {
} satisfies Record<string, Phrase>;
