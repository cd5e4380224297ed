/** Satisfaction (#19): the customer's rating of a closed ticket, shown on it and reported to team leads. */
import { SatisfactionResolver } from './satisfaction.resolver.js';

export const SATISFACTION_RESOLVERS = [SatisfactionResolver] as const;
