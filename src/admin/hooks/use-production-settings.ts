/**
 * Moved to hooks/api/production-settings.ts (the sdk and react-query, like
 * every domain). Kept so screens not yet moved over keep compiling; import
 * from hooks/api/production-settings in new code.
 */
export * from "./api/production-settings"
export * from "./api/production-catalog"
export { useDebouncedValue } from "./use-debounced-value"
