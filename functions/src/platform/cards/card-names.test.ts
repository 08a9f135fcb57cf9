import { type CardWorld, loadCardWorld } from '../../features/requests/testing/card-test-fixtures';
import { cardNamesFrom } from './card-names';

let world: CardWorld;
beforeAll(async () => {
  world = await loadCardWorld();
});

it('names departments, branches and request types in the reader’s language', () => {
  const en = cardNamesFrom(world.setup, world.people, 'en');
  const ru = cardNamesFrom(world.setup, world.people, 'ru');
  expect([en.departments.get('marketing'), ru.departments.get('marketing')]).toEqual([
    'Marketing',
    'Маркетинг',
  ]);
  expect(ru.branches.get('krasnoyarsk')).toBe('Красноярск');
  expect(ru.requestTypes.get('stock-check')).toBe('Проверка наличия');
  expect(en.people.get(world.person('responder').id)).toBe('Dmitry Volkov');
});

it('finds each department’s zone through its business calendar', () => {
  const names = cardNamesFrom(world.setup, world.people, 'en');
  expect(names.departmentTimeZones.get('marketing')).toBe('Europe/Moscow');
  const setup = {
    ...world.setup,
    calendars: world.setup.calendars.map((c) => ({ ...c, timeZone: 'Asia/Krasnoyarsk' })),
  };
  expect(cardNamesFrom(setup, [], 'en').departmentTimeZones.get('sales')).toBe('Asia/Krasnoyarsk');
});
