#!/usr/bin/env python3
"""The same lookup as `thresholds assess --summary`, written plainly in Python, for the benchmark.

For each JSON line: find the area, look up each indicator's level, take the highest (level 1
when none), and print the id, authority, level and route name; an unknown area or indicator
prints an error line. It applies no combination rules and checks no ages, so it does less than
thresholds does: it is a floor for a script, not a rival.

Usage: lookup.py RULES_DIRECTORY < cases.jsonl > results.jsonl
"""

import json
import sys


def main() -> None:
    directory = sys.argv[1]
    levels = {}
    routes = {}
    for name in ["camden", "hertfordshire", "herefordshire", "llr", "medway"]:
        with open(f"{directory}/{name}.json", encoding="utf-8") as file:
            rule_set = json.load(file)
        for indicator in rule_set["indicators"]:
            levels[indicator["id"]] = indicator["level"]
        for area in rule_set["areas"]:
            routes[area["id"]] = {route["level"]: route["name"] for route in area["routes"]}
    out = sys.stdout
    for line in sys.stdin:
        try:
            case = json.loads(line)
            area = routes[case["authority"]]
            level = max([levels[i] for i in case.get("indicators", [])] or [1])
            out.write(json.dumps({"id": case.get("id"), "authority": case["authority"],
                                  "level": level, "route": area.get(level)}) + "\n")
        except (KeyError, ValueError, TypeError) as error:
            out.write(json.dumps({"error": str(error)}) + "\n")


if __name__ == "__main__":
    main()
