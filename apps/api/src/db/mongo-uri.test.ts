import { describe, expect, it } from 'vitest';
import { databaseName, withDatabase, withoutDatabase } from './mongo-uri.js';

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

  it("databaseName: the URI's database, else MONGODB_DATABASE, else vet_cares", () => {
    expect(databaseName('mongodb://a:1/vet_prod?x=1', 'other')).toBe('vet_prod');
    expect(databaseName('mongodb://a:1/vet_prod', undefined)).toBe('vet_prod');
    expect(databaseName('mongodb://u:p@a:1,b:2/vet_prod?replicaSet=rs0', undefined)).toBe(
      'vet_prod',
    );
    expect(databaseName('mongodb+srv://u:p@cluster.example.net/vet_prod', 'x')).toBe('vet_prod');
    expect(databaseName('mongodb://a:1/?x=1', 'named')).toBe('named');
    expect(databaseName('mongodb://a:1', 'named')).toBe('named');
    expect(databaseName('mongodb://a:1/', undefined)).toBe('vet_cares');
    expect(databaseName('mongodb://a:1/', ' ')).toBe('vet_cares');
    expect(databaseName('', undefined)).toBe('vet_cares');
  });
});
