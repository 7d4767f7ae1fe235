#!/usr/bin/env python3
"""Summarize VSTest TRX files and enforce the test policy.

Usage: scripts/trx-summary.py RESULTS_DIR [--allow-no-postgres]

Exit status is non-zero when:
  * no TRX file / no test result was found,
  * any test failed (or errored, timed out, aborted, ...),
  * any test was skipped / not executed (tests never skip silently),
  * a test run did not complete (e.g. the test host crashed),
  * no data test ran on PostgreSQL (test names containing "OnPostgres"),
    unless --allow-no-postgres is given (used when a --filter is passed).
"""

from __future__ import annotations

import pathlib
import sys
import xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"

PASSED = {"Passed", "PassedButRunAborted", "Warning"}
SKIPPED = {"NotExecuted", "Inconclusive", "Pending", "NotRunnable"}
# Everything else (Failed, Error, Timeout, Aborted, Disconnected, ...) counts as failed.
MAX_LISTED = 50


def backend_of(text: str) -> str | None:
    low = text.lower()
    if "onpostgres" in low:
        return "postgres"
    if "onsqlite" in low:
        return "sqlite"
    return None


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--")]
    allow_no_pg = "--allow-no-postgres" in argv[1:]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    results_dir = pathlib.Path(args[0])
    trx_files = sorted(results_dir.rglob("*.trx"))
    problems: list[str] = []

    print()
    print("=" * 72)
    print("Test summary")
    print("=" * 72)
    if not trx_files:
        print(f"FAIL: no TRX files found in {results_dir} (did 'dotnet test' run any test project?)")
        return 1

    passed = failed = skipped = 0
    backend = {"postgres": {"ran": 0, "passed": 0}, "sqlite": {"ran": 0, "passed": 0}}
    failed_names: list[str] = []
    skipped_names: list[str] = []

    for trx in trx_files:
        try:
            root = ET.parse(trx).getroot()
        except ET.ParseError as e:
            problems.append(f"{trx.name}: cannot parse TRX ({e})")
            continue

        classes: dict[str, str] = {}
        for ut in root.iter(NS + "UnitTest"):
            tm = ut.find(NS + "TestMethod")
            if tm is not None:
                classes[ut.get("id", "")] = tm.get("className", "")

        summary = root.find(NS + "ResultSummary")
        run_outcome = summary.get("outcome", "?") if summary is not None else "?"
        if run_outcome not in ("Completed", "Passed", "Failed"):
            problems.append(f"{trx.name}: test run outcome is '{run_outcome}' (aborted or crashed?)")
            if summary is not None:
                for ri in summary.iter(NS + "RunInfo"):
                    text = (ri.findtext(NS + "Text") or "").strip()
                    if text:
                        problems.append(f"    {ri.get('outcome', '')}: {text[:500]}")

        file_count = 0
        results = root.find(NS + "Results")
        for r in (results if results is not None else []):
            if r.tag != NS + "UnitTestResult":
                continue
            inner = r.find(NS + "InnerResults")
            leafs = [x for x in inner if x.tag == NS + "UnitTestResult"] if inner is not None else []
            for res in leafs or [r]:
                file_count += 1
                name = res.get("testName", "?")
                outcome = res.get("outcome", "?")
                cls = classes.get(res.get("testId", ""), "") or classes.get(r.get("testId", ""), "")
                be = backend_of(name) or backend_of(cls)
                if outcome in PASSED:
                    passed += 1
                    if be:
                        backend[be]["ran"] += 1
                        backend[be]["passed"] += 1
                elif outcome in SKIPPED:
                    skipped += 1
                    reason = (res.findtext(f"{NS}Output/{NS}ErrorInfo/{NS}Message")
                              or res.findtext(f"{NS}Output/{NS}StdOut") or "").strip()
                    skipped_names.append(f"{name} [{outcome}] {reason}".strip()[:300])
                else:
                    failed += 1
                    if be:
                        backend[be]["ran"] += 1
                    failed_names.append(f"{name} [{outcome}]")
        print(f"  {trx.name}: {file_count} results, run outcome {run_outcome}")

    total = passed + failed + skipped
    print("-" * 72)
    print(f"Total: {total}   Passed: {passed}   Failed: {failed}   Skipped/not executed: {skipped}")
    print(f"Data tests on PostgreSQL: {backend['postgres']['ran']} ran "
          f"({backend['postgres']['passed']} passed)")
    print(f"Data tests on SQLite:     {backend['sqlite']['ran']} ran "
          f"({backend['sqlite']['passed']} passed)")

    if failed_names:
        print("-" * 72)
        print(f"FAILED tests ({failed}):")
        for n in failed_names[:MAX_LISTED]:
            print(f"  - {n}")
        if len(failed_names) > MAX_LISTED:
            print(f"  ... and {len(failed_names) - MAX_LISTED} more (see the TRX files)")
        problems.append(f"{failed} test(s) failed")
    if skipped_names:
        print("-" * 72)
        print(f"SKIPPED / NOT EXECUTED tests ({skipped}) -- tests must never skip:")
        for n in skipped_names[:MAX_LISTED]:
            print(f"  - {n}")
        if len(skipped_names) > MAX_LISTED:
            print(f"  ... and {len(skipped_names) - MAX_LISTED} more (see the TRX files)")
        problems.append(f"{skipped} test(s) were skipped or not executed; skipping is treated as failure")
    if total == 0:
        problems.append("no test results at all")
    if backend["postgres"]["ran"] == 0 and not allow_no_pg:
        problems.append("no data test ran on PostgreSQL (no test name/class containing 'OnPostgres')")

    print("=" * 72)
    if problems:
        for p in problems:
            print(f"FAIL: {p}")
        print(f"TRX files: {results_dir}")
        return 1
    print(f"OK: all {total} tests passed. TRX files: {results_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
