#!/usr/bin/env python3
"""End-to-end precision and recall of `sangati audit` on fixtures/clusters.

For each cluster, runs the real binary (rules and all) over the cluster's
articles and matches the findings it makes against the findings planted in
fixtures/clusters/annotations/<cluster>.json (`expect`). A finding matches an
expected one when the verdict is the same, the two name the same set of
documents and they are about the same thing: the head of the expected topic
(its first word, without a `percent:` or `date of` prefix, e.g. `turnout`,
`deaths`, `budget_deficit`), or one of its `_`-separated parts, appears in
the finding's topic. Topics are not compared
whole: the rule packs may key an event more or less specifically than the
annotation (`cyclone` for `cyclone_nishan`). Every finding that matches nothing planted counts against
precision, including traps that were flagged.

Usage: scripts/score-clusters.py [path/to/sangati]   (default build/cli/sangati)
Prints one line per finding (matched or not), per-cluster and total counts.
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLUSTERS = os.path.join(ROOT, "fixtures", "clusters")


def doc_key(document_id):
    # "fixtures/clusters/cyclone/articles.json#cy1" -> "cy1"
    return document_id.rsplit("#", 1)[-1]


def topic_head(topic):
    head = topic.removeprefix("date of ").split(" ")[0]
    head = head.removeprefix("percent:").split(":")[0]
    return head


# The annotations name some things in their own words; the rule packs'
# canonical event for an election is `vote`, and homes are `houses` (rules/*/events.yaml,
# rules/*/counts.yaml).
SYNONYMS = {"election": ["vote"], "homes": ["houses"]}


def same_thing(expected_topic, found_topic):
    # Any word of the head will do: "budget_deficit" is "money · object deficit".
    words = topic_head(expected_topic).split("_")
    words += [syn for w in list(words) for syn in SYNONYMS.get(w, [])]
    return any(w in found_topic for w in words) or topic_head(found_topic) in expected_topic


def main():
    exe = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "cli", "sangati")
    total_found = total_right = total_expected = total_recalled = 0
    for name in sorted(os.listdir(CLUSTERS)):
        folder = os.path.join(CLUSTERS, name)
        annotation = os.path.join(CLUSTERS, "annotations", name + ".json")
        if not os.path.isdir(folder) or name == "annotations" or not os.path.exists(annotation):
            continue
        with open(annotation, encoding="utf-8") as f:
            expected = json.load(f)["expect"]
        run = subprocess.run([exe, "audit", folder, "--json", "-", "--quiet"], cwd=ROOT,
                             capture_output=True, text=True, check=False)
        if run.returncode not in (0, 1):
            sys.exit(f"{name}: sangati audit exited {run.returncode}: {run.stderr}")
        report = json.loads(run.stdout)
        doc_of_claim = {c["id"]: doc_key(c["document"]) for c in report["claims"]}
        matched = set()
        right = 0
        for finding in report["findings"]:
            docs = sorted({doc_of_claim[c] for c in finding["claims"] if c in doc_of_claim})
            hit = None
            for i, e in enumerate(expected):
                if (i not in matched and e["verdict"] == finding["verdict"] and
                        sorted(e["docs"]) == docs and same_thing(e["topic"], finding["topic"])):
                    hit = i
                    break
            if hit is not None:
                matched.add(hit)
                right += 1
            mark = "ok   " if hit is not None else "EXTRA"
            print(f"{name:9} {mark} {finding['verdict']:13} {finding['topic']}  {docs}")
        for i, e in enumerate(expected):
            if i not in matched:
                print(f"{name:9} MISS  {e['verdict']:13} {e['topic']}  {sorted(e['docs'])}")
        print(f"{name:9} found {len(report['findings'])}, right {right}; "
              f"planted {len(expected)}, recalled {len(matched)}")
        total_found += len(report["findings"])
        total_right += right
        total_expected += len(expected)
        total_recalled += len(matched)
    precision = total_right / total_found if total_found else 0.0
    recall = total_recalled / total_expected if total_expected else 0.0
    print(f"all       findings {total_found}, right {total_right} (precision {precision:.2f}); "
          f"planted {total_expected}, recalled {total_recalled} (recall {recall:.2f})")


if __name__ == "__main__":
    main()
