/** The card preview's public face. */
export { type CardPreviewSources, cardPreviewModule } from './module';
