#!/usr/bin/env python3
"""Edits one claim's date in a generated dataset: the first planted unique-event pair gets the
same day twice, so its conflict goes away. Prints the edited file's path; with BACKUP, first
copies the file's original text there (to restore it).
   bench/edit-planted-date.py DATASET_DIR [BACKUP]"""
import json
import re
import sys


def locate(data, full_id):
    source, claim = full_id.split("/")
    path = "%s/facts/%d/%s.yaml" % (data, int(source.split("-")[1]) // 1000, source)
    text = open(path).read()
    return path, text, re.search(r"  - id: %s\n(?:    .*\n)*" % claim, text)


def main(data, backup=None):
    planted = next(p for p in json.load(open(data + "/manifest.json"))["planted"] if p["scenario"] == "unique-event")
    _, _, other = locate(data, planted["claims"][1])
    day = re.search(r'    at: "(.*)"', other.group(0)).group(1)
    path, text, block = locate(data, planted["claims"][0])
    edited = re.sub(r'    at: ".*"', '    at: "%s"' % day, block.group(0))
    if edited == block.group(0):
        sys.exit("edit-planted-date: nothing to change in " + path)
    if backup:
        open(backup, "w").write(text)
    open(path, "w").write(text[:block.start()] + edited + text[block.end():])
    print(path)


if __name__ == "__main__":
    main(*sys.argv[1:3])
