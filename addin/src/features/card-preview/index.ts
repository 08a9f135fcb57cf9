/** What the rest of the tab may use of the card preview. */
export { cardPreviewPage } from './page';
