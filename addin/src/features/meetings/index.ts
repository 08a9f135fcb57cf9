/** What the rest of the tab may use of the meetings feature. */
export { meetingsPage } from './page';
