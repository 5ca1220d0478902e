#!/usr/bin/env python3
"""Recompute Casebook's hash chain from a JSON Lines export, with nothing but Python's standard library.

Usage: scripts/verify-export.py journal.jsonl [--anchor POSITION:HASH ...] [--digests digests.json ...] [--case]

Each line is one commit (GET /api/journal/export). The canonical bytes are defined in docs/verify-independently.md.
Checked, for every commit: its hash recomputes; its events have the positions position, position + 1, ...,
lastPosition; it starts right after the commit before it (no position missing, none repeated, none out of order)
and names that commit's hash; each case's sequence numbers follow one another. An export that starts at
position 1 starts the chain (64 zeros); one that starts later is checked from there. Every --anchor (a digest
published earlier) must be the hash of the commit ending at its position, so commits removed from the end are
found too. --digests reads signed digests kept from GET /api/journal/digests (that JSON, or a JSON list of its
digests) and takes each one's position and hash as an anchor; it does not check their signatures (Python's
standard library has no Ed25519): check those with openssl, as docs/verify-independently.md shows. --case reads
the export of one case (GET /api/journal/export?case=ID): positions of other cases may
lie between its commits, so links are checked only between adjacent commits.
Exits 0 when everything holds, 1 when anything does not, 2 when the file cannot be read as an export.
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


def parse_anchor(value):
    position, _, digest = value.partition(":")
    if not position.isdigit() or len(digest) != 64 or any(c not in "0123456789abcdefABCDEF" for c in digest):
        raise ValueError(f"an anchor is POSITION:HASH (64 hex digits), not {value!r}")
    return int(position), digest.lower()


def kept_digests(path):
    with open(path, encoding="utf-8") as file:
        kept = json.load(file)
    digests = kept["digests"] if isinstance(kept, dict) else kept
    return [parse_anchor(f"{digest['position']}:{digest['hash']}") for digest in digests]


def check(lines, anchors, one_case):
    """Returns (problems, commits read, last commit or None)."""
    problems = []
    previous = None
    count = 0
    ends = {}                 # lastPosition -> hash, for the anchors
    sequences = {}            # aggregateId -> last sequence seen
    starts_chain = False
    for number, line in enumerate(lines, start=1):
        commit = json.loads(line)
        count += 1
        position, last = commit["position"], commit["lastPosition"]
        events = commit["events"]
        if not events or last != position + len(events) - 1 \
                or [e["position"] for e in events] != list(range(position, position + len(events))):
            problems.append(f"commit {position}: its events do not hold the positions {position} to {last}")
        recomputed = hashlib.sha256(bytes.fromhex(commit["previousHash"]) + canonical(commit)).hexdigest()
        if recomputed != commit["hash"]:
            problems.append(f"commit {position}: stored hash {commit['hash']}, recomputed {recomputed}")
        if previous is None:
            starts_chain = position == 1
            if starts_chain and commit["previousHash"] != GENESIS:
                problems.append("commit 1 does not start the chain: its previous hash is not 64 zeros")
        elif position <= previous["lastPosition"]:
            problems.append(f"commit {position} comes after the commit ending at {previous['lastPosition']}: "
                            f"commits are out of order or repeated")
        elif position == previous["lastPosition"] + 1:
            if commit["previousHash"] != previous["hash"]:
                problems.append(f"commit {position} does not follow the commit before it: it names "
                                f"{commit['previousHash']}, the commit ending at {previous['lastPosition']} "
                                f"has {previous['hash']}")
        elif not one_case:
            problems.append(f"no commit holds positions {previous['lastPosition'] + 1} to {position - 1}: "
                            f"commits were removed")
        for event in events:
            case, sequence = event["aggregateId"], event["sequence"]
            if case is None or sequence is None:
                continue
            expected = sequences.get(case, -1 if (starts_chain or one_case) else None)
            if expected is not None and sequence != expected + 1:
                problems.append(f"position {event['position']}: case {case} has sequence {sequence} "
                                f"after {expected}")
            sequences[case] = sequence
        ends[last] = commit["hash"]
        previous = commit
    head = previous["lastPosition"] if previous else 0
    for position, digest in anchors:
        if position > head:
            problems.append(f"the anchor {position}:{digest} lies beyond the last position {head}: "
                            f"commits were removed from the end")
        elif position not in ends:
            problems.append(f"no commit ends at {position}, where the anchor {position}:{digest} lies")
        elif ends[position] != digest:
            problems.append(f"the commit ending at {position} has hash {ends[position]}, not the anchor's {digest}")
    return problems, count, previous


def main(arguments):
    if not arguments or arguments[0].startswith("-"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    path = arguments[0]
    anchors = []
    one_case = False
    rest = iter(arguments[1:])
    try:
        for argument in rest:
            if argument == "--anchor":
                anchors.append(parse_anchor(next(rest)))
            elif argument == "--digests":
                anchors.extend(kept_digests(next(rest)))
            elif argument == "--case":
                one_case = True
            else:
                raise ValueError(f"unknown argument {argument!r}")
        with open(path, encoding="utf-8") as file:
            content = file.read()
        if content and not content.endswith("\n"):
            raise ValueError("the export does not end with a newline: it was cut off")
        # only "\n" ends a line: str.splitlines() also breaks at U+2028, U+0085 and others that a text may hold
        problems, count, last = check([line for line in content.split("\n") if line], anchors, one_case)
    except StopIteration:
        print("--anchor needs POSITION:HASH, --digests a file", file=sys.stderr)
        return 2
    except (ValueError, KeyError, TypeError, OSError) as error:
        print(f"cannot read the export: {error}", file=sys.stderr)
        return 2
    for problem in problems:
        print(problem)
    if last is not None:
        print(f"{count} commits read; last position {last['lastPosition']}, hash {last['hash']}")
    print("intact" if not problems else "NOT intact")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
