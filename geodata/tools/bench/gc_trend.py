#!/usr/bin/env python3
"""Reads a JVM unified GC log (-Xlog:gc) and prints the heap left after each collection as a trend:
first and last fifth medians and the least-squares slope in MB per minute, skipping the first
fifth (warm-up). A leak shows as a steady positive slope; a flat or negative slope means none.

usage: gc_trend.py GC_LOG
"""
import re
import statistics
import sys

LINE = re.compile(r"\[(\d+(?:\.\d+))s\].*Pause.*?(\d+)M->(\d+)M\((\d+)M\)")


def main():
    points = []
    for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
        m = LINE.search(line)
        if m:
            points.append((float(m.group(1)), int(m.group(3))))
    if len(points) < 10:
        print(f"heap: only {len(points)} collections logged, no trend")
        return
    points = points[len(points) // 5:]
    fifth = max(1, len(points) // 5)
    first = statistics.median(p[1] for p in points[:fifth])
    last = statistics.median(p[1] for p in points[-fifth:])
    xs = [p[0] / 60 for p in points]
    ys = [p[1] for p in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    print(f"heap after GC: {len(points)} collections after warm-up, median {first:.0f} MB in the first fifth, "
          f"{last:.0f} MB in the last fifth, slope {slope:+.2f} MB/min")


if __name__ == "__main__":
    main()
