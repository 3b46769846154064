export { contentSecurityPolicy, securityHeaders } from './contentSecurityPolicy';
export { isAllowedExternalUrl, externalLinkHosts } from './externalLinks';
export { appScheme, appHost, appOrigin, isTrustedRendererUrl } from './rendererOrigin';
