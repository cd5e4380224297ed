import { registerEnumType } from 'type-graphql';

// String values equal the names so the database and GraphQL agree.
export enum Role { AGENT = 'AGENT', TEAM_LEAD = 'TEAM_LEAD', ADMIN = 'ADMIN', CUSTOMER = 'CUSTOMER', PARTNER = 'PARTNER' }
registerEnumType(Role, { name: 'Role', description: 'What a user may do' });
