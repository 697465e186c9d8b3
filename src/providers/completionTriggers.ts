/**
 * The characters that ask the completion providers again, read when they are registered at
 * activation (their code loads on the first request).
 */
export const NETWORK_COMPLETION_TRIGGERS = [':', ' ', '[', ','];
export const MENTION_COMPLETION_TRIGGERS = ['@', '['];
