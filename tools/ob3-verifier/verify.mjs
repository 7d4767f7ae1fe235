#!/usr/bin/env node
// Independent verifier for Open Badges 3.0 credentials secured as VC-JWT (OB 3.0 §8.2), written
// from the spec and the `jose` library rather than from Semillero's C#, so the .NET tests can show
// that someone else's code accepts what Semillero issues and rejects what was tampered with.
//
//   node verify.mjs CREDENTIAL.jwt JWKS.json
//
// Prints one JSON line {"alg", "verified", "errors"} and exits 0 only when verified (1 when not,
// 2 when the arguments or files are unusable).
import { readFileSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { compactVerify, createLocalJWKSet, decodeProtectedHeader, base64url } from 'jose';

// jose uses the global Web Crypto API, which Node 18 (Debian 12's nodejs) exposes only behind a
// flag; jose reads it at call time, so providing it here is enough.
globalThis.crypto ??= webcrypto;

const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
// OB 3.0 publishes its context as context.json and as versioned context-3.0.N.json files.
const OB_V3P0_CONTEXT = /^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context(-3\.0\.\d+)?\.json$/;
// §8.2.3: the JOSE header may carry only these.
const ALLOWED_HEADER = new Set(['alg', 'kid', 'jwk', 'typ']);
const ALGORITHMS = ['RS256', 'ES256'];

function report(alg, errors, usage = false) {
  const verified = errors.length === 0;
  process.stdout.write(JSON.stringify({ alg: alg ?? null, verified, errors }) + '\n');
  process.exitCode = verified ? 0 : usage ? 2 : 1;
}

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value) {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

// VC Data Model 2.0 dateTimeStamp → seconds since the epoch; NaN when it is not one.
function seconds(dateTimeStamp) {
  if (typeof dateTimeStamp !== 'string' || !/T.*(Z|[+-]\d\d:\d\d)$/.test(dateTimeStamp)) return NaN;
  return Math.floor(Date.parse(dateTimeStamp) / 1000);
}

// The claim checks of §8.2.4 plus the credential shape a verifier needs; works on the decoded payload.
function checkCredential(vc, now) {
  const errors = [];
  const context = asArray(vc['@context']);
  if (context[0] !== VC_V2_CONTEXT) errors.push(`@context[0] is not ${VC_V2_CONTEXT}`);
  if (typeof context[1] !== 'string' || !OB_V3P0_CONTEXT.test(context[1])) {
    errors.push('@context[1] is not the Open Badges v3p0 context');
  }

  const types = asArray(vc.type);
  if (!types.includes('VerifiableCredential')) errors.push('type does not include VerifiableCredential');
  // AchievementCredential is the alias the OB 3.0 context defines for the same type.
  if (!types.includes('OpenBadgeCredential') && !types.includes('AchievementCredential')) {
    errors.push('type does not include OpenBadgeCredential');
  }

  const issuerId = isObject(vc.issuer) ? vc.issuer.id : vc.issuer;
  if (typeof issuerId !== 'string' || issuerId === '') errors.push('issuer has no id');
  else if (vc.iss !== issuerId) errors.push('iss does not equal issuer.id');

  if (typeof vc.id !== 'string' || vc.id === '') errors.push('the credential has no id');
  else if (vc.jti !== vc.id) errors.push('jti does not equal id');

  const subject = vc.credentialSubject;
  if (!isObject(subject)) {
    errors.push('credentialSubject is not a single object');
  } else {
    const hasIdentifier = asArray(subject.identifier).length > 0;
    if (typeof subject.id !== 'string' && !hasIdentifier) errors.push('credentialSubject has neither id nor identifier');
    if (typeof subject.id === 'string' && vc.sub !== subject.id) errors.push('sub does not equal credentialSubject.id');
    if (!isObject(subject.achievement)) errors.push('credentialSubject.achievement is missing');
    else if (!isObject(subject.achievement.criteria)) errors.push('achievement.criteria is missing');
  }

  const validFrom = seconds(vc.validFrom);
  if (Number.isNaN(validFrom)) errors.push('validFrom is not a date-time with a time zone');
  else {
    if (vc.nbf !== validFrom) errors.push('nbf does not equal validFrom');
    if (now < validFrom) errors.push('the credential is not valid yet (validFrom)');
  }

  if (vc.validUntil !== undefined) {
    const validUntil = seconds(vc.validUntil);
    if (Number.isNaN(validUntil)) errors.push('validUntil is not a date-time with a time zone');
    else {
      if (vc.exp !== validUntil) errors.push('exp does not equal validUntil');
      if (now >= validUntil) errors.push('the credential has expired (validUntil)');
    }
  } else if (vc.exp !== undefined) {
    errors.push('exp is present but validUntil is not');
  }
  if (typeof vc.exp === 'number' && now >= vc.exp) errors.push('the JWT has expired (exp)');
  return errors;
}

async function main(argv) {
  if (argv.length !== 2) {
    report(null, ['usage: node verify.mjs CREDENTIAL.jwt JWKS.json'], true);
    return;
  }

  let jwt;
  let jwks;
  try {
    jwt = readFileSync(argv[0], 'utf8').trim();
    jwks = JSON.parse(readFileSync(argv[1], 'utf8'));
  } catch (e) {
    report(null, [`cannot read the inputs: ${e.message}`], true);
    return;
  }

  const errors = [];
  let header;
  try {
    header = decodeProtectedHeader(jwt);
  } catch (e) {
    report(null, [`the JOSE header cannot be decoded: ${e.message}`]);
    return;
  }

  for (const name of Object.keys(header)) {
    if (!ALLOWED_HEADER.has(name)) errors.push(`JOSE header member "${name}" is not allowed`);
  }
  if (header.typ !== undefined && header.typ !== 'JWT') errors.push('JOSE header typ is not "JWT"');
  if (!ALGORITHMS.includes(header.alg)) errors.push(`alg ${header.alg} is not RS256 or ES256`);
  if (typeof header.kid !== 'string') errors.push('JOSE header has no kid to find the key in the JWKS');

  // The key comes only from the JWKS, chosen by kid; an embedded jwk is never trusted.
  try {
    await compactVerify(jwt, createLocalJWKSet(jwks), { algorithms: ALGORITHMS });
  } catch (e) {
    errors.push(`signature: ${e.code ?? e.name}: ${e.message}`);
  }

  // The claims are checked on the decoded payload even when the signature failed, so a report
  // names everything that is wrong.
  let payload;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(jwt.split('.')[1] ?? '')));
  } catch (e) {
    errors.push(`the payload is not base64url JSON: ${e.message}`);
  }
  if (payload !== undefined) {
    if (isObject(payload)) errors.push(...checkCredential(payload, Math.floor(Date.now() / 1000)));
    else errors.push('the payload is not a JSON object');
  }

  report(header.alg, errors);
}

await main(process.argv.slice(2));
