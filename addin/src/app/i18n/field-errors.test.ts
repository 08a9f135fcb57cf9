import { toFieldErrors } from './field-errors';
import { en } from './messages-en';
import { ru } from './messages-ru';
import { makeTranslate } from '@tandem/shared/browser';

const t = makeTranslate('en', en);

describe('toFieldErrors', () => {
  it('says what is wrong with each field, first issue per field', () => {
    const errors = toFieldErrors(
      [
        { code: 'too_small', path: ['title'], minimum: 1 },
        { code: 'too_big', path: ['title'], maximum: 200 },
        { code: 'too_big', path: ['description'], maximum: 4000 },
        { code: 'invalid_type', path: ['toDepartmentId'] },
      ],
      { title: '  ', description: 'x'.repeat(4001) },
      t,
    );
    expect(errors).toEqual({
      title: 'Fill this in.',
      description: 'Too long: 4,001 characters, at most 4,000.',
      toDepartmentId: 'Choose a value.',
    });
  });

  it('asks to choose for fields picked from a list', () => {
    const errors = toFieldErrors([{ code: 'too_small', path: ['typeId'] }], { typeId: '' }, t, [
      'typeId',
    ]);
    expect(errors).toEqual({ typeId: 'Choose a value.' });
  });

  it('speaks Russian too', () => {
    const tRu = makeTranslate('ru', ru);
    const errors = toFieldErrors(
      [{ code: 'too_big', path: ['title'], maximum: 200 }],
      { title: 'я'.repeat(201) },
      tRu,
    );
    expect(errors.title).toBe('Слишком длинно: 201 симв., не больше 200.');
  });
});
