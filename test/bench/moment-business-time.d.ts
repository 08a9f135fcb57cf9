// moment-business-time ships no types; it adds methods to every moment when imported.
import 'moment';

declare module 'moment' {
  interface Moment {
    addWorkingTime(amount: number, unit: 'minutes' | 'hours' | 'days'): Moment;
  }
}
