import { describe, expect, it } from 'vitest';
import type { Scope } from '../authz/policy.js';
import { startablePaths } from './run-orgs.js';

// The units a backlog run may be started for, from the caller's reach (their roles' units), not
// from the unit they belong to.

const scope = (s: Partial<Scope>): Scope => ({ all: false, subtrees: [], exact: [], ...s });
const city = '/c/';
const countyA = '/c/a/';
const countyB = '/c/b/';
const townA = '/c/a/t/';

describe('startablePaths', () => {
  it("gives the campaign's top to a role at or above it, and to system administrators", () => {
    expect(startablePaths(scope({ subtrees: [city] }), city)).toEqual([city]);
    expect(startablePaths(scope({ subtrees: ['/p/'] }), '/p/c/')).toEqual(['/p/c/']);
    expect(startablePaths(scope({ exact: [city] }), city)).toEqual([city]);
    expect(startablePaths(scope({ all: true }), city)).toEqual([city]);
  });

  it("gives a role's unit inside the campaign, whatever unit the user belongs to", () => {
    expect(startablePaths(scope({ subtrees: [countyA] }), city)).toEqual([countyA]);
    expect(startablePaths(scope({ exact: [townA] }), city)).toEqual([townA]);
  });

  it('lists each of several roles, a unit under another one left out', () => {
    expect(startablePaths(scope({ subtrees: [countyB, countyA] }), city).sort()).toEqual([countyA, countyB]);
    expect(startablePaths(scope({ subtrees: [townA, countyA] }), city)).toEqual([countyA]);
    // (A self-only role covers its unit alone: the town of a subtree role below it is offered too.)
    expect(startablePaths(scope({ subtrees: [townA], exact: [countyA] }), city).sort()).toEqual([countyA, townA]);
    expect(startablePaths(scope({ subtrees: [countyA], exact: [townA] }), city)).toEqual([countyA]);
    expect(startablePaths(scope({ subtrees: [countyA, city] }), city)).toEqual([city]);
  });

  it('gives nothing outside the campaign, nor for a self-only role above its top', () => {
    expect(startablePaths(scope({ subtrees: ['/x/'] }), city)).toEqual([]);
    expect(startablePaths(scope({ exact: ['/p/'] }), '/p/c/')).toEqual([]);
    expect(startablePaths(scope({}), city)).toEqual([]);
  });
});
