#!/usr/bin/env python3
"""Writes a deterministic, BACI-shaped CSV (t,i,j,k,v,q) for import benchmarks.

Usage: scripts/gen-baci.py PATH ROWS

Shape, modelled on CEPII BACI (HS17, V2025xx):
  * t: years 2018-2022, the rows split evenly across the years;
  * i: about 200 exporters, j: importers, both UN Comtrade / M49 numbers that
    tradecheck's catalog knows (comtrade_reporters.csv: not a group, still existing);
    each exporter trades with a size-dependent subset of importers;
  * k: HS6 codes as six-digit strings (chapters 01-09 keep their leading zero);
  * v: value in thousands of USD with 3 decimals (log-normal);
  * q: quantity in tonnes with 3 decimals, empty for about 1 row in 10;
  * rows sorted by t, i, j, k (numerically) as BACI files are.

The same PATH/ROWS always gives the same bytes (fixed seed), so tradecheck and the
sqlite3 CLI import identical files. The file is written to PATH.tmp and renamed.
"""

import csv
import math
import os
import random
import sys

YEARS = list(range(2018, 2023))
SEED = 20250101
REFERENCE = os.path.join(
    os.path.dirname(os.path.abspath(__file__)),
    "..", "Sources", "TradeModel", "Resources", "reference", "comtrade_reporters.csv")


def countries():
    with open(REFERENCE, newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["group"] == "False" and not r["exit_year"].strip()]
    return sorted(int(r["id"]) for r in rows)


def hs6_pool(rng):
    subs = [10, 11, 12, 19, 20, 21, 22, 29, 30, 31, 32, 39, 40, 41, 49, 50, 51, 59, 60, 90]
    pool = []
    for chapter in range(1, 98):
        if chapter == 77:  # reserved in the HS
            continue
        for heading in range(1, rng.randint(5, 13) + 1):
            for sub in sorted(rng.sample(subs, rng.randint(2, 9))):
                pool.append(chapter * 10000 + heading * 100 + sub)
    return pool


def allocate(total, weights, cap):
    """Splits `total` rows over pairs in proportion to `weights`, at most `cap` each."""
    n = len(weights)
    shares = [0.0] * n
    capped = [False] * n
    remaining = float(total)
    while True:
        free_weight = sum(w for w, c in zip(weights, capped) if not c)
        newly = False
        for idx, w in enumerate(weights):
            if capped[idx]:
                continue
            share = remaining * w / free_weight
            if share >= cap:
                capped[idx] = True
                newly = True
        if not newly:
            for idx, w in enumerate(weights):
                shares[idx] = float(cap) if capped[idx] else remaining * w / free_weight
            break
        remaining = total - cap * sum(capped)
    counts = [int(s) for s in shares]
    short = total - sum(counts)
    order = sorted(range(n), key=lambda idx: shares[idx] - counts[idx], reverse=True)
    k = 0
    while short > 0:
        idx = order[k % n]
        if counts[idx] < cap:
            counts[idx] += 1
            short -= 1
        k += 1
    return counts


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen-baci.py PATH ROWS")
    path, rows = sys.argv[1], int(sys.argv[2])
    rng = random.Random(SEED)
    codes = countries()
    pool = hs6_pool(rng)
    cap = len(pool) * 9 // 10

    # Sizes: a shuffled rank order gives each country an exporter and importer weight.
    ranked = codes[:]
    rng.shuffle(ranked)
    size = {c: 1.0 / (r + 1) ** 0.9 for r, c in enumerate(ranked)}
    exporters = sorted(ranked[:200])
    pairs = []  # (exporter, importer, weight), sorted numerically
    for e in exporters:
        rank = ranked.index(e)
        n_partners = max(15, int((len(codes) - 1) * (1.0 - rank / 230.0)))
        partners = rng.sample([c for c in codes if c != e], n_partners)
        for j in sorted(partners):
            pairs.append((e, j, size[e] * size[j]))

    per_year = [rows // len(YEARS)] * len(YEARS)
    per_year[-1] += rows - sum(per_year)

    tmp = path + ".tmp"
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    written = 0
    with open(tmp, "w", encoding="ascii", newline="\n") as out:
        out.write("t,i,j,k,v,q\n")
        for year, target in zip(YEARS, per_year):
            weights = [w * rng.uniform(0.8, 1.25) for (_, _, w) in pairs]
            counts = allocate(target, weights, cap)
            lines = []
            for (e, j, w), n in zip(pairs, counts):
                if n == 0:
                    continue
                scale = math.log(w * 1e4 + 1.0)
                prefix = "%d,%d,%d," % (year, e, j)
                for k in sorted(rng.sample(pool, n)):
                    v = max(0.001, math.exp(rng.gauss(1.0 + scale * 0.6, 2.0)))
                    if rng.random() < 0.1:
                        q = ""
                    else:
                        q = "%.3f" % max(0.001, v * math.exp(rng.gauss(-0.7, 1.6)))
                    lines.append("%s%06d,%.3f,%s\n" % (prefix, k, v, q))
                if len(lines) >= 100_000:
                    out.writelines(lines)
                    written += len(lines)
                    lines = []
            out.writelines(lines)
            written += len(lines)
    if written != rows:
        os.remove(tmp)
        sys.exit("internal error: wrote %d rows, wanted %d" % (written, rows))
    os.replace(tmp, path)


if __name__ == "__main__":
    main()
