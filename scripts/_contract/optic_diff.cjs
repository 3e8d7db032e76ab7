#!/usr/bin/env node
// Spec-level engine of scripts/contract_diff: Optic's differ and its breaking-changes ruleset,
// called as a library (the same calls `optic diff --check` makes) so the rule results come back
// as data rather than terminal text.
//
//   node scripts/_contract/optic_diff.cjs BEFORE.yaml AFTER.yaml   -> JSON on stdout
//   node scripts/_contract/optic_diff.cjs --serve                  -> one comparison per line
//
// Output: {engine, pruned, results: [failed rule results], diffs: [every changed node]}; each
// location carries `source`, the JSON pointer in the YAML file it came from (through Optic's
// sourcemap), so a change to a shared schema can be reported once, under the schema's name.
// Nothing here reaches the network: no telemetry is initialised (that lives in Optic's CLI,
// which we do not load), specs are read from disk and only local $refs are used.
"use strict";

const fs = require("node:fs");
const path = require("node:path");

function requireEngine() {
  try {
    return {
      io: require("@useoptic/openapi-io"),
      utilities: require("@useoptic/openapi-utilities"),
      rulesetsBase: require("@useoptic/rulesets-base"),
      standardRulesets: require("@useoptic/standard-rulesets"),
    };
  } catch (error) {
    if (error && error.code === "MODULE_NOT_FOUND") {
      process.stderr.write(
        "contract_diff: the Optic engine is not installed; run `npm ci --ignore-scripts` " +
          "at the repository root (it installs the versions pinned in package-lock.json).\n",
      );
      process.exit(3);
    }
    throw error;
  }
}

const engine = requireEngine();
const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

async function load(file) {
  const parsed = await engine.io.parseOpenAPIWithSourcemap(path.resolve(file));
  const version = engine.io.checkOpenAPIVersion(parsed.jsonLike);
  if (version !== "3.0.x" && version !== "3.1.x") {
    throw new Error(`${file}: OpenAPI ${version} is not supported (3.0 and 3.1 are)`);
  }
  engine.io.validateOpenApiV3Document(parsed.jsonLike, parsed.sourcemap, { strictOpenAPI: false });
  const warnings = [];
  const spec = engine.io.denormalize(
    { ...parsed, version, isEmptySpec: false, from: "file" },
    version,
    warnings,
  );
  return spec;
}

// Optic runs every rule over every property of every operation (its cost grows with the size of
// the dereferenced document: ~35 s for Convert's 164 operations, minutes for 400). Only what
// changed is compared:
// - an operation whose dereferenced form is identical in both documents cannot produce a diff or a
//   failed rule: dropped from both sides;
// - an operation only in the new document is an addition, which no breaking-change rule fails on:
//   dropped, and reported as an added operation;
// - an operation only in the old document is a removal: dropped, and reported as Optic's
//   "prevent operation removal" result (what its ruleset says for it), so the rules' cost is
//   spent only on the operations present on both sides that changed.
// Returns {pruned, added, removed}.
function pruneOperations(before, after) {
  let pruned = 0;
  const added = [];
  const removed = [];
  const beforePaths = before.jsonLike.paths || {};
  const afterPaths = after.jsonLike.paths || {};
  const names = new Set([...Object.keys(beforePaths), ...Object.keys(afterPaths)]);
  for (const pathName of names) {
    const a = beforePaths[pathName] || {};
    const b = afterPaths[pathName] || {};
    for (const method of HTTP_METHODS) {
      if (a[method] && b[method]) {
        if (JSON.stringify(a[method]) === JSON.stringify(b[method])) {
          delete a[method];
          delete b[method];
          pruned += 1;
        }
      } else if (a[method]) {
        removed.push([pathName, method]);
        delete a[method];
      } else if (b[method]) {
        added.push([pathName, method]);
        delete b[method];
      }
    }
    const remaining = (item) => HTTP_METHODS.some((method) => item[method]);
    if (!remaining(a) && !remaining(b)) {
      delete beforePaths[pathName];
      delete afterPaths[pathName];
    } else {
      // A path on one side only, with its operations gone, would read as a path added/removed.
      if (!beforePaths[pathName]) beforePaths[pathName] = {};
      if (!afterPaths[pathName]) afterPaths[pathName] = {};
    }
  }
  return { pruned, added, removed };
}

function pointerOf(pathName, method) {
  return `/paths/${pathName.replace(/~/g, "~0").replace(/\//g, "~1")}/${method}`;
}

// Optic's rule runner looks up the same JSON pointers in the same (unchanging) documents again
// and again, parsing each pointer from the root every time; on Convert's spec that is three
// quarters of the run. Memoising the two helpers for the comparison (after pruning, so nothing
// is mutated any more) gives the same results about three times faster.
//
// The superlinear step. Optic's denormalizer records every allOf merge in the sourcemap through
// logPointer(), which builds a fresh sourcemapReader() each time, and building one re-parses the
// whole YAML file: cost = merges x document size, 14 s of an 18 s run on a 150-operation document
// with the usual `allOf: [page fields, items]` list responses, and minutes at 400 operations. A
// reader depends only on the (unchanging) file contents and reads refMappings live, so one reader
// per sourcemap gives the same answers.
//
// Both are installed once and switched per comparison (`memo`): a served process runs many
// comparisons, each with its own caches, and a request may ask for Optic as shipped.
const memo = { readers: false, pointers: false, gets: new WeakMap(), pops: new Map() };

function installMemos() {
  const helpers = require("@useoptic/json-pointer-helpers").jsonPointerHelpers;
  const get = helpers.get;
  const pop = helpers.pop;
  helpers.get = (obj, pointer) => {
    if (!memo.pointers || typeof pointer !== "string" || obj === null || typeof obj !== "object") {
      return get(obj, pointer);
    }
    let known = memo.gets.get(obj);
    if (!known) {
      known = new Map();
      memo.gets.set(obj, known);
    }
    if (!known.has(pointer)) known.set(pointer, get(obj, pointer));
    return known.get(pointer);
  };
  helpers.pop = (pointer) => {
    if (!memo.pointers) return pop(pointer);
    const key = String(pointer);
    if (!memo.pops.has(key)) memo.pops.set(key, pop(pointer));
    return memo.pops.get(key);
  };

  const pointerModule = require("@useoptic/openapi-io/build/denormalizers/pointer");
  const logPointer = pointerModule.logPointer;
  const readers = new WeakMap();
  pointerModule.logPointer = (sourcemap, pointers) => {
    if (!memo.readers) return logPointer(sourcemap, pointers);
    let reader = readers.get(sourcemap);
    if (!reader) {
      reader = engine.utilities.sourcemapReader(sourcemap);
      readers.set(sourcemap, reader);
    }
    const found = reader.findFile(pointers.old);
    if (found && found.filePath) {
      sourcemap.logPointerInFile(found.filePath, pointers.old, pointers.new);
    }
  };
}

function versionOf(name) {
  const file = require.resolve(`${name}/package.json`);
  return JSON.parse(fs.readFileSync(file, "utf8")).version;
}

// One comparison: the output described at the top. `useMemo` false runs Optic as shipped.
async function diffFiles(beforeFile, afterFile, useMemo) {
  memo.readers = useMemo;
  try {
    const [before, after] = await Promise.all([load(beforeFile), load(afterFile)]);
    const { pruned, added, removed } = pruneOperations(before, after);
    memo.pointers = useMemo;
    return await compare(before, after, pruned, added, removed);
  } finally {
    Object.assign(memo, { readers: false, pointers: false, gets: new WeakMap(), pops: new Map() });
  }
}

async function compare(before, after, pruned, added, removed) {
  const { RuleRunner } = engine.rulesetsBase;
  // Constructed directly, not through fromOpticConfig: that path skips every check when
  // info.version's major changes, and our policy wants the breaks listed even then.
  const runner = new RuleRunner([new engine.standardRulesets.BreakingChangesRuleset()]);
  const comparison = await engine.utilities.compareSpecs(before, after, runner, {});

  const readers = {
    before: engine.utilities.sourcemapReader(before.sourcemap),
    after: engine.utilities.sourcemapReader(after.sourcemap),
  };
  const source = (side, jsonPath) => {
    if (!jsonPath) return null;
    try {
      return readers[side].findFilePosition(jsonPath).startsAt;
    } catch {
      return jsonPath;
    }
  };

  const results = comparison.results
    .filter((result) => !result.passed && !result.exempted)
    .map((result) => {
      const side = result.location.spec === "before" ? "before" : "after";
      return {
        rule: result.name,
        where: result.where,
        message: result.error || "",
        change: result.type || null,
        side,
        jsonPath: result.location.jsonPath,
        source: source(side, result.location.jsonPath),
      };
    });
  const diffs = comparison.diffs.map((diff) => ({
    before: diff.before || null,
    after: diff.after || null,
    beforeSource: source("before", diff.before),
    afterSource: source("after", diff.after),
  }));
  for (const [pathName, method] of removed) {
    const pointer = pointerOf(pathName, method);
    results.push({
      rule: "prevent operation removal",
      where: `removed ${method.toUpperCase()} ${pathName}`,
      message: "cannot remove an operation",
      change: "removed",
      side: "before",
      jsonPath: pointer,
      source: pointer,
    });
    diffs.push({ before: pointer, after: null, beforeSource: pointer, afterSource: null });
  }
  for (const [pathName, method] of added) {
    const pointer = pointerOf(pathName, method);
    diffs.push({ before: null, after: pointer, beforeSource: null, afterSource: pointer });
  }

  const output = {
    engine: {
      name: "optic",
      packages: Object.fromEntries(
        [
          "@useoptic/openapi-io",
          "@useoptic/openapi-utilities",
          "@useoptic/rulesets-base",
          "@useoptic/standard-rulesets",
        ].map((name) => [name, versionOf(name)]),
      ),
      ruleset: "breaking-changes",
    },
    pruned,
    results,
    diffs,
  };
  return output;
}

function failure(error) {
  return `contract_diff: the Optic engine failed: ${error && error.stack ? error.stack : error}`;
}

// --serve: one request per line on stdin ({"before", "after", "memo"}), one reply per line on
// stdout ({"result"} or {"error"}), until stdin closes: Node and Optic load once (~0.8 s) for
// any number of comparisons.
async function serve() {
  const lines = require("node:readline").createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let reply;
    try {
      const request = JSON.parse(line);
      reply = { result: await diffFiles(request.before, request.after, request.memo !== false) };
    } catch (error) {
      reply = { error: failure(error) };
    }
    process.stdout.write(`${JSON.stringify(reply)}\n`);
  }
}

async function main() {
  installMemos();
  const args = process.argv.slice(2);
  if (args.length === 1 && args[0] === "--serve") return serve();
  const [beforeFile, afterFile] = args;
  if (args.length !== 2) {
    process.stderr.write("usage: optic_diff.cjs BEFORE.yaml AFTER.yaml | optic_diff.cjs --serve\n");
    process.exit(2);
  }
  // CONTRACT_DIFF_NO_MEMO=1 runs Optic as shipped.
  const output = await diffFiles(beforeFile, afterFile, process.env.CONTRACT_DIFF_NO_MEMO !== "1");
  process.stdout.write(JSON.stringify(output));
}

main().catch((error) => {
  process.stderr.write(`${failure(error)}\n`);
  process.exit(2);
});
