/**
 * What the rest of the console may use of the information services: their
 * routes and navigation, and the knowledge-base search the ticket page's
 * article linker runs (SVC-1).
 */
export { default as InfoServicesNav } from './InfoServicesNav.vue';
export { infoServicesRoutes } from './routes';
export { useFaqArticlesQuery } from './knowledge/graphql/faqArticles.api';
