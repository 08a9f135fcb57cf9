/** The directory feature's public face: what other features and the root may use. */
export { type DirectoryFeature, directoryModule } from './module';
export type { DirectoryKind, DirectoryUsageCheck } from './directory-references';
