"""Prints a Gatling report's table (index.html) as text: requests, errors, p50/p95/p99 per request and in all.
With --ok NAME, prints only how many NAME requests succeeded."""
import re
import sys

html = open(sys.argv[1]).read()
rows = re.findall(r'<tr id="([^"]+)"[^>]*>(.*?)</tr>', html, re.S)
only = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--ok" else None
if only is None:
    print(f"{'request':26} {'count':>7} {'errors':>6} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'max ms':>7}")
ok = 0
for row_id, row in rows:
    name = re.search(r'class="ellipsed-name">([^<]+)<', row)
    values = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', row))
    if not values.get("2"):
        continue
    label = "all requests" if row_id == "ROOT" else (name.group(1) if name else row_id)
    if only is not None:
        if label == only:
            ok += int(values["3"].replace(",", ""))
        continue
    print(f"{label:26} {values['2']:>7} {values['4']:>6} {values['8']:>7} {values['10']:>7} {values['11']:>7} {values['12']:>7}")
if only is not None:
    print(ok)
