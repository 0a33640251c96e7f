#!/usr/bin/env python3
"""Run `warta annotate` over a corpus with Spark, by piping partitions through the binary.

Input: one or more JSON Lines files of records ({"id", "html"} or {"id", "text"}), or a text file
listing WARC paths (one per line, readable from every worker) with --warc-list.
Output: JSON Lines, one record per input record, in input order within each partition.

    spark-submit warta_spark.py --warta /opt/warta/warta --out out/ records-*.jsonl
    spark-submit warta_spark.py --warta /opt/warta/warta --warc-list warcs.txt --out out/

`rdd.pipe(..., checkCode=True)`: without it a crashing warta would silently yield a short partition.
warta reads JSONL on stdin and writes one line per input line, so a partition's output lines are
its input lines' annotations, in order.
"""
import argparse
import shlex
import sys

from pyspark.sql import SparkSession


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('inputs', nargs='*', help='JSON Lines record files')
    ap.add_argument('--warta', default='warta', help='path of the warta binary on the workers')
    ap.add_argument('--stages', default='scrub,sentences,numerals,entities,terms')
    ap.add_argument('--warc-list', help='a file listing WARC paths, one per line')
    ap.add_argument('--partitions', type=int, default=0, help='number of partitions (default: Spark\'s)')
    ap.add_argument('--jobs', type=int, default=1, help='warta --jobs per task (one core per task by default)')
    ap.add_argument('--out', required=True, help='output folder (Spark part files) or a .jsonl file (collected)')
    ap.add_argument('--master', default=None)
    args = ap.parse_args()

    builder = SparkSession.builder.appName('warta')
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext

    base = [args.warta, 'annotate', '--quiet', '--jobs', str(args.jobs), '--stages', args.stages]
    if args.warc_list:
        # Each task gets WARC paths on stdin; a tiny shell wrapper turns them into arguments.
        paths = sc.textFile(args.warc_list)
        if args.partitions:
            paths = paths.repartition(args.partitions)
        cmd = ['sh', '-c', 'set -e; files=$(cat); [ -z "$files" ] || exec "$0" "$@" $files'] + base + ['--input-format', 'warc']
        out = paths.pipe(shlex.join(cmd), checkCode=True)   # pyspark splits the string with shlex
    else:
        lines = sc.textFile(','.join(args.inputs))
        if args.partitions:
            lines = sc.textFile(','.join(args.inputs), minPartitions=args.partitions)
        out = lines.pipe(shlex.join(base), checkCode=True)

    if args.out.endswith('.jsonl'):
        with open(args.out, 'w', encoding='utf-8') as f:
            for line in out.toLocalIterator():
                f.write(line + '\n')
    else:
        out.saveAsTextFile(args.out)
    spark.stop()


if __name__ == '__main__':
    sys.exit(main())
