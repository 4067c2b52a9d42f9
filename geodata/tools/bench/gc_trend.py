#!/usr/bin/env python3
"""Reads a JVM unified GC log (-Xlog:gc) and prints the trend of the heap left after collections.

With G1 the heap after a young pause still holds old-generation garbage until a mixed collection, so
single pauses say little; the floor of each minute (the least heap left after any collection in it)
is what live data needs. Prints the floors, then the least-squares slope of the floors in MB per
minute, skipping the first fifth of the run (warm-up). A leak shows as a steady positive slope.

usage: gc_trend.py GC_LOG
"""
import collections
import re
import statistics
import sys

LINE = re.compile(r"\[(\d+(?:\.\d+))s\].*Pause.*?(\d+)M->(\d+)M\((\d+)M\)")


def main():
    floors = collections.defaultdict(lambda: None)
    count = 0
    for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
        m = LINE.search(line)
        if m:
            minute, after = int(float(m.group(1)) // 60), int(m.group(3))
            floors[minute] = after if floors[minute] is None else min(floors[minute], after)
            count += 1
    minutes = sorted(floors)
    if len(minutes) < 5:
        print(f"heap: {count} collections over {len(minutes)} minutes, too short for a trend")
        return
    print("heap after GC, floor per minute (MB): " + " ".join(str(floors[m]) for m in minutes))
    kept = minutes[len(minutes) // 5:]
    xs, ys = kept, [floors[m] for m in kept]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    print(f"heap after GC: {count} collections; floor slope after warm-up {slope:+.1f} MB/min "
          f"(from {ys[0]} MB to {ys[-1]} MB)")


if __name__ == "__main__":
    main()
