/** The demo accounts of API.md "Demo data". */
export const LEAD = 'lead@demo.local';
export const AGENT1 = 'agent1@demo.local';
export const AGENT2 = 'agent2@demo.local';
export const ADMIN = 'admin@demo.local';
export const PARTNER = 'partner@demo.local';
export const ALFA = 'alfa@demo.local';
export const BETA = 'beta@demo.local';
export const GAMMA = 'gamma@demo.local';

/** The demo contracts: identifier and the organization it is registered to. */
export const ALFA_BASIC = { identifier: 'DL-BASIC-0001', organizationName: 'АО Альфа' } as const;
export const BETA_EXT = { identifier: 'DL-EXT-0001', organizationName: 'ПАО Бета' } as const;
export const BETA_HW_EXT = { identifier: 'HW-EXT-0001', organizationName: 'ПАО Бета' } as const;
export const GAMMA_EXPIRED = { identifier: 'DL-EXPIRED-0001', organizationName: 'ООО Гамма' } as const;
