#!/usr/bin/env python3
"""Recompute Casebook's hash chain from a JSON Lines export, with nothing but Python's standard library.

Usage: scripts/verify-export.py journal.jsonl [--anchor POSITION:HASH]
Each line is one commit (GET /api/journal/export). The canonical bytes are defined in docs/verify-independently.md.
Exits 0 when every commit's hash recomputes and each commit names the hash of the one before it, 1 otherwise.
"""
import hashlib
import json
import struct
import sys

GENESIS = "0" * 64


def text(buffer, value):
    data = (value or "").encode("utf-8")
    buffer += struct.pack(">i", len(data)) + data


def canonical(commit):
    buffer = bytearray(b"casebook-commit-1")
    buffer += struct.pack(">q", commit["position"])
    buffer += struct.pack(">q", commit["recordedAtMillis"])
    buffer += struct.pack(">i", len(commit["events"]))
    for event in commit["events"]:
        buffer += struct.pack(">q", event["position"])
        text(buffer, event["id"])
        text(buffer, event["aggregateType"])
        text(buffer, event["aggregateId"])
        buffer += struct.pack(">q", -1 if event["sequence"] is None else event["sequence"])
        text(buffer, event["type"])
        text(buffer, event["revision"])
        text(buffer, event["payload"])
        text(buffer, event["metadata"])
    return bytes(buffer)


def main(arguments):
    path = arguments[0]
    anchor = None
    if "--anchor" in arguments:
        position, digest = arguments[arguments.index("--anchor") + 1].split(":")
        anchor = (int(position), digest.lower())
    problems = []
    previous = None
    anchored = False
    count = 0
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            commit = json.loads(line)
            count += 1
            recomputed = hashlib.sha256(bytes.fromhex(commit["previousHash"]) + canonical(commit)).hexdigest()
            if recomputed != commit["hash"]:
                problems.append(f"commit {commit['position']}: stored hash {commit['hash']}, recomputed {recomputed}")
            if previous is None and commit["position"] == 1 and commit["previousHash"] != GENESIS:
                problems.append("commit 1 does not start the chain")
            if previous is not None and previous["lastPosition"] + 1 == commit["position"] \
                    and commit["previousHash"] != previous["hash"]:
                problems.append(f"commit {commit['position']} does not follow the commit before it")
            if anchor and commit["lastPosition"] == anchor[0]:
                anchored = commit["hash"] == anchor[1]
            previous = commit
    if anchor and not anchored:
        problems.append(f"no commit ends at {anchor[0]} with hash {anchor[1]}")
    for problem in problems:
        print(problem)
    if previous is not None:
        print(f"{count} commits read; last position {previous['lastPosition']}, hash {previous['hash']}")
    print("intact" if not problems else "NOT intact")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
