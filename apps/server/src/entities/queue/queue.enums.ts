import { registerEnumType } from 'type-graphql';

export enum QueueEventKind { ADDED = 'ADDED', MOVED = 'MOVED', UPDATED = 'UPDATED', REMOVED = 'REMOVED' }
registerEnumType(QueueEventKind, { name: 'QueueEventKind', description: 'How a queue change moved a ticket' });
