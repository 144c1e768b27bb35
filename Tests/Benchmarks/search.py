#!/usr/bin/env python3
"""Everyday-words search benchmark: how often a correct indicator is the first result, and
in the first five, for each query of Tests/Search/everyday-queries.jsonl, per rule set.

Usage: Tests/Benchmarks/search.py [path/to/thresholds] [--misses] [--queries FILE]

Seven sets are kept, each 50 or more queries per rule set:
- everyday-queries.jsonl (613 queries, written first; the vocabulary was widened after reading
  its misses, so its figure flatters);
- check-queries.jsonl (250 queries written afterwards by someone who had seen neither the first
  set nor the vocabulary; reported untuned, then its misses were read when the ranking of
  partial matches was changed, so it is no longer held out);
- fresh-queries.jsonl (250 queries written last by a reader who saw neither the vocabulary, the
  search code, the other sets nor any search result, judging expected indicators from the
  documents alone; its totals looked at to check that a ranking chosen elsewhere did no worse;
  on 2026-12-04 part of its misses, 21 of 29, were printed by mistake, so it is held out no
  longer in full);
- unseen-queries.jsonl (250 queries written on 2026-12-04 by a reader who saw only each rule
  set's indicators as `indicators --format csv` prints them: not the vocabulary, the code, the
  other sets, the documents' search results or the tool itself; only its totals are read: the
  honest figure until 2026-12-04, when its totals had been read nine times);
- dev-queries.jsonl (300 queries written on 2026-12-04 the same way as unseen, from the
  indicator lists alone, by a reader who saw nothing else; its misses were read and the
  vocabulary widened from them, so its figure flatters: untuned it was 64.7% first, 89.3% in
  the first five);
- blind-queries.jsonl (250 queries written at the same time by the same reader as a separate
  batch, different situations in different words; only its totals are read; read three times
  by 2026-12-07);
- holdout-queries.jsonl (250 queries written on 2026-12-06 by a reader who saw only each rule
  set's indicators as `indicators --format csv` prints them, nothing else; only its totals are
  read: the honest figure now).
--misses never prints the misses of the four held-out sets (fresh, unseen, blind and
holdout), so that reading them stays a choice made on purpose, not a side effect.
With no --queries, all seven are run, and then Tests/Search/serious-harm-queries.txt: 36
descriptions of serious harm, each searched in the five areas, counting how often the first
result is at a document's Level 1 (a concern should not find a need that is met first) and how
often no result of the first five is at level 3 or above.

It runs the built binary's own `search` command (`--format json`), so it measures exactly
what a practitioner gets. It prints figures; it is not a test.
"""
import json
import os
import subprocess
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
QUERIES = os.path.join(ROOT, "Tests", "Search", "everyday-queries.jsonl")
# Sets whose misses are never printed (see the docstring).
HELD_OUT = {"fresh-queries.jsonl", "unseen-queries.jsonl", "blind-queries.jsonl",
            "holdout-queries.jsonl"}
FIRST_AREA = {"camden": "camden", "hertfordshire": "hertfordshire",
              "herefordshire": "herefordshire", "llr": "leicester", "medway": "medway"}


def main():
    argv = sys.argv[1:]
    files = []
    if "--queries" in argv:
        at = argv.index("--queries")
        files = [argv[at + 1]]
        del argv[at:at + 2]
    else:
        files = [QUERIES] + [os.path.join(ROOT, "Tests", "Search", name) for name in
                             ("check-queries.jsonl", "fresh-queries.jsonl", "unseen-queries.jsonl",
                              "dev-queries.jsonl", "blind-queries.jsonl", "holdout-queries.jsonl")]
    args = [a for a in argv if not a.startswith("--")]
    show_misses = "--misses" in argv
    binary = args[0] if args else os.path.join(ROOT, ".build", "release", "thresholds")
    if not os.path.exists(binary):
        binary = os.path.join(ROOT, ".build", "debug", "thresholds")
    for path in files:
        print(f"\n{os.path.relpath(path, ROOT)}")
        run(binary, path, show_misses)
    if "--queries" not in sys.argv:
        serious_harm(binary, show_misses)


def serious_harm(binary, show_misses):
    path = os.path.join(ROOT, "Tests", "Search", "serious-harm-queries.txt")
    print(f"\n{os.path.relpath(path, ROOT)}")
    with open(path) as handle:
        queries = [line.strip() for line in handle if line.strip()]
    searches = level_one_first = nothing_high = 0
    for area in FIRST_AREA.values():
        for query in queries:
            output = subprocess.run([binary, "search", query, "--authority", area, "--limit", "5",
                                     "--format", "json"], capture_output=True, text=True)
            results = json.loads(output.stdout)["results"]
            ranks = [r["level"]["rank"] for r in results]
            searches += 1
            if ranks and ranks[0] == 1:
                level_one_first += 1
                if show_misses:
                    print(f"- [{area}] {query!r}: Level 1 first: {results[0]['indicator']['id']}")
            if not ranks or max(ranks) < 3:
                nothing_high += 1
    print(f"{searches} searches: Level 1 first {level_one_first}, "
          f"nothing at level 3 or above in the first five {nothing_high}")


def run(binary, path, show_misses):
    totals = defaultdict(lambda: [0, 0, 0, 0])  # queries, top1, top5, empty
    misses = []
    with open(path) as handle:
        queries = [json.loads(line) for line in handle if line.strip()]
    for query in queries:
        command = [binary, "search", query["query"], "--authority", FIRST_AREA[query["ruleSet"]],
                   "--limit", "5", "--format", "json"]
        if query.get("unborn"):
            command.append("--unborn")
        elif "age" in query:
            command += ["--age", str(query["age"])]
        output = subprocess.run(command, capture_output=True, text=True)
        try:
            results = [r["indicator"]["id"] for r in json.loads(output.stdout)["results"]]
        except (ValueError, KeyError):
            results = []
        expected = set(query["expected"])
        row = totals[query["ruleSet"]]
        row[0] += 1
        if results and results[0] in expected:
            row[1] += 1
        if expected.intersection(results[:5]):
            row[2] += 1
        else:
            misses.append((query, results))
        if not results:
            row[3] += 1
    print(f"{'rule set':<15}{'queries':>8}{'top 1':>10}{'top 5':>10}{'nothing':>9}")
    all_rows = [0, 0, 0, 0]
    for name in sorted(totals):
        row = totals[name]
        all_rows = [a + b for a, b in zip(all_rows, row)]
        print(f"{name:<15}{row[0]:>8}{100 * row[1] / row[0]:>9.1f}%{100 * row[2] / row[0]:>9.1f}%{row[3]:>9}")
    print(f"{'all':<15}{all_rows[0]:>8}{100 * all_rows[1] / all_rows[0]:>9.1f}%"
          f"{100 * all_rows[2] / all_rows[0]:>9.1f}%{all_rows[3]:>9}")
    if show_misses and os.path.basename(path) in HELD_OUT:
        print(f"\n(held out: the misses of {os.path.basename(path)} are not printed)")
    elif show_misses:
        print("\nNot in the first five:")
        for query, results in misses:
            print(f"- [{query['ruleSet']}] {query['query']!r} (age {query.get('age', '-')}) "
                  f"expected {sorted(query['expected'])[:3]}… got {results[:3]}")


if __name__ == "__main__":
    main()
