import {
  getNamedType,
  getNullableType,
  GraphQLInputObjectType,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { REDACTED_KEYS } from '../../src/logger';
import { createSchema } from '../../src/schema';
import { startTestApp, TestApp } from '../support/app';
import { RawGraphQLSocket } from '../support/raw-ws';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every string and number a request carries is one of these: unique, so that a body can be searched for each. */
class Secrets {
  readonly all: string[] = [];
  private n = 0;
  text(): string {
    const value = `S3CRET${++this.n}x4518771234561111`;
    this.all.push(value);
    return value;
  }
  /** A card number as a JSON number, as a careless client sends it. */
  number(): number {
    const value = 4518770000000000 + ++this.n;
    this.all.push(String(value));
    return value;
  }
  int(): number {
    const value = 730000 + ++this.n;
    this.all.push(String(value));
    return value;
  }
}

const SCALAR_SAMPLES: Record<string, Json> = { Boolean: true, DateTime: '2026-01-02T03:04:05.000Z', Date: '2026-01-02' };

/** A value of `type` with every field given and every string and Int a secret. */
function sample(type: GraphQLInputType, secrets: Secrets): Json {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sample(nullable.ofType, secrets)];
  if (isInputObjectType(nullable)) return Object.fromEntries(Object.values(nullable.getFields()).map((f) => [f.name, sample(f.type, secrets)]));
  if (isEnumType(nullable)) return nullable.getValues()[0].name;
  if (nullable.name === 'String' || nullable.name === 'ID') return secrets.text();
  if (nullable.name === 'Int') return secrets.int();
  return SCALAR_SAMPLES[nullable.name];
}

function withValueAt(value: Json, path: Path, replacement: Json | undefined): Json {
  const copy = structuredClone(value) as { [key: string]: Json };
  let target: { [key: string]: Json } = copy;
  for (const step of path.slice(0, -1)) target = target[step] as { [key: string]: Json };
  const last = path[path.length - 1];
  if (replacement === undefined) delete target[last];
  else target[last] = replacement;
  return copy;
}

/** Every wrong shape of every field under an input object: unknown field, wrong JSON type, null, a string for an object. */
function badShapes(type: GraphQLInputObjectType, secrets: Secrets, path: Path = []): { what: string; path: Path; value: Json | undefined }[] {
  const shapes: { what: string; path: Path; value: Json | undefined }[] = [{ what: 'an unknown field', path: [...path, 'cvc'], value: secrets.text() }];
  for (const field of Object.values(type.getFields())) {
    const at = [...path, field.name];
    const named = getNamedType(field.type);
    if (isNonNullType(field.type)) shapes.push({ what: 'null for a required field', path: at, value: null });
    if (isInputObjectType(named)) {
      shapes.push({ what: 'a string for an object', path: at, value: secrets.text() });
      if (!isListType(getNullableType(field.type))) shapes.push(...badShapes(named, secrets, at));
    } else if (isScalarType(named) && ['String', 'ID'].includes(named.name)) {
      // An ID takes a JSON number, as the GraphQL spec says.
      if (named.name === 'String') shapes.push({ what: 'a JSON number for a string', path: at, value: secrets.number() });
      shapes.push({ what: 'an object for a string', path: at, value: { number: secrets.text() } });
    } else {
      shapes.push({ what: `a string for ${named.name}`, path: at, value: secrets.text() });
    }
  }
  return shapes;
}

interface Case {
  name: string;
  query: string;
  variables: { i: Json };
  sent: string[];
}

/** Whether the input holds card data or a secret somewhere: a field the logger redacts. */
function carriesSecrets(type: GraphQLInputObjectType, seen = new Set<string>()): boolean {
  if (seen.has(type.name)) return false;
  seen.add(type.name);
  return Object.values(type.getFields()).some((field) => {
    const named = getNamedType(field.type);
    return REDACTED_KEYS.includes(field.name) || (isInputObjectType(named) && carriesSecrets(named, seen));
  });
}

/** For every mutation whose input carries card data or secrets, every bad shape of it, each request with secrets of its own. */
async function everyBadInput(): Promise<Case[]> {
  const schema = await createSchema();
  const cases: Case[] = [];
  for (const mutation of Object.values(schema.getMutationType()!.getFields())) {
    const input = mutation.args.find((a) => a.name === 'input');
    const type = input && getNamedType(input.type);
    if (!input || !isInputObjectType(type) || !carriesSecrets(type)) continue;
    for (const shape of badShapes(type, new Secrets())) {
      const secrets = new Secrets();
      const value = withValueAt(sample(type, secrets), shape.path, shape.value);
      const sent = [...secrets.all, ...(JSON.stringify(shape.value ?? null).match(/S3CRET\d+x\d+|\d{6,}/g) ?? [])];
      cases.push({ name: `${mutation.name}: ${shape.what} at input.${shape.path.join('.')}`, query: `mutation($i: ${input.type}) { ${mutation.name}(input: $i) { __typename } }`, variables: { i: value }, sent });
    }
    const secrets = new Secrets();
    cases.push({ name: `${mutation.name}: a string for the input`, query: `mutation($i: ${input.type}) { ${mutation.name}(input: $i) { __typename } }`, variables: { i: secrets.text() }, sent: secrets.all });
  }
  return cases;
}

const leaked = (body: string, sent: string[]) => sent.filter((value) => body.includes(value));

describe('no error echoes what the client sent', () => {
  let app: TestApp;
  let cases: Case[];

  beforeAll(async () => {
    // Hundreds of refused requests from one key: the rate limit is not what this file is about.
    app = await startTestApp(__filename, { env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    cases = await everyBadInput();
  });
  afterAll(() => app.close());

  it('covers every input that carries card data or credentials', () => {
    const names = cases.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining([
      'payWithCard: an unknown field at input.card.cvc',
      'payWithCard: a JSON number for a string at input.card.number',
      'payWithCard: null for a required field at input.card.expiryMonth',
      'payWithCard: a string for an object at input.card',
      'createSeller: a JSON number for a string at input.payApp.linkKey',
      'createSeller: an unknown field at input.payup.cvc',
    ]));
    expect(new Set(cases.map((c) => c.name.split(':')[0]))).toEqual(new Set(['createSeller', 'payWithCard', 'recordPhoneBillingKey', 'registerBillingKey', 'registerPayAppSeller', 'registerSubAccount']));
  });

  it('over HTTP: every variable-coercion error says where and why, never the value', async () => {
    const leaks: string[] = [];
    for (const c of cases) {
      const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${app.platformSecret}` }, body: JSON.stringify({ query: c.query, variables: c.variables }) });
      const body = await res.text();
      const parsed = JSON.parse(body) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] };
      if (res.status !== 400 || parsed.data !== undefined || parsed.errors?.[0]?.extensions.code !== 'BAD_USER_INPUT') leaks.push(`${c.name}: not refused as BAD_USER_INPUT: ${res.status} ${body.slice(0, 200)}`);
      const found = leaked(body, c.sent);
      if (found.length) leaks.push(`${c.name}: echoed ${found.join(', ')} in ${body.slice(0, 300)}`);
    }
    expect(leaks).toEqual([]);
    expect(leaked(app.logs.text, cases.flatMap((c) => c.sent))).toEqual([]);
  });

  it('over WebSocket too', async () => {
    const socket = await RawGraphQLSocket.open(app.url, app.platformSecret);
    const leaks: string[] = [];
    for (const [index, c] of cases.entries()) {
      socket.subscribe(String(index), c.query, c.variables as Record<string, unknown>);
      const result = await socket.result(String(index));
      const body = JSON.stringify(result);
      if (result.type !== 'error' || !body.includes('BAD_USER_INPUT')) leaks.push(`${c.name}: not refused as BAD_USER_INPUT: ${body.slice(0, 200)}`);
      const found = leaked(body, c.sent);
      if (found.length) leaks.push(`${c.name}: echoed ${found.join(', ')}`);
    }
    socket.close();
    expect(leaks).toEqual([]);
  });

  it('names the field and the reason', async () => {
    const c = cases.find((x) => x.name === 'payWithCard: a JSON number for a string at input.card.number')!;
    const res = await app.gql(app.platformSecret, c.query, c.variables);
    expect(res.errors).toEqual([
      { message: 'Variable "$i" got an invalid value at "i.card.number"; Expected type "String".', extensions: { code: 'BAD_USER_INPUT', fields: [['i', 'card', 'number']] }, locations: [{ line: 1, column: 10 }] },
    ]);
    const unknown = cases.find((x) => x.name === 'payWithCard: an unknown field at input.card.cvc')!;
    const res2 = await app.gql(app.platformSecret, unknown.query, unknown.variables);
    expect(res2.errors?.[0].message).toBe('Variable "$i" got an invalid value at "i.card"; Field "cvc" is not defined by type "CardInput".');
  });

  it('does not echo a card number written into the document itself', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${app.platformSecret}` },
      body: JSON.stringify({ query: 'mutation { payWithCard(input: { amount: 1, goodName: "g", orderId: "o", buyer: {}, card: { number: 4518771234561111, expiryMonth: "12", expiryYear: "30" } }) { __typename } }' }),
    });
    const body = await res.text();
    expect(body).not.toContain('4518771234561111');
    expect(JSON.parse(body).errors[0]).toMatchObject({ message: 'String cannot represent a non string value: <value>', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });
});
