import { describe, expect, it } from 'vitest';
import { databaseOf, withDatabase, withoutDatabase } from './mongo-uri.js';

describe('MongoDB URI helpers', () => {
  it.each([
    ['mongodb://127.0.0.1:27017/', 'mongodb://127.0.0.1:27017/'],
    ['mongodb://127.0.0.1:27017', 'mongodb://127.0.0.1:27017/'],
    ['mongodb://127.0.0.1:27017/vetcares', 'mongodb://127.0.0.1:27017/'],
    ['mongodb://u:p%2Fw@a:1,b:2/app?replicaSet=rs0', 'mongodb://u:p%2Fw@a:1,b:2/?replicaSet=rs0'],
    [
      'mongodb+srv://u:p@cluster.example.net/app?retryWrites=true',
      'mongodb+srv://u:p@cluster.example.net/?retryWrites=true',
    ],
  ])('withoutDatabase(%s)', (uri, expected) => {
    expect(withoutDatabase(uri)).toBe(expected);
  });

  it('withDatabase puts the name before the options', () => {
    expect(withDatabase('mongodb://a:1,b:2/?replicaSet=rs0', 'tests_1')).toBe(
      'mongodb://a:1,b:2/tests_1?replicaSet=rs0',
    );
    expect(withDatabase('mongodb://a:1/old', 'new')).toBe('mongodb://a:1/new');
  });

  it('databaseOf reads the database, if any', () => {
    expect(databaseOf('mongodb://a:1/app?x=1')).toBe('app');
    expect(databaseOf('mongodb://a:1/?x=1')).toBeUndefined();
    expect(databaseOf('mongodb://a:1')).toBeUndefined();
  });
});
