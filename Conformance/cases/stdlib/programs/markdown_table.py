# description: program - render a Markdown table with column alignment from records using itertools.zip_longest, string formatting and statistics
# features: [itertools, string, statistics, textwrap]
# expect: output

import itertools
import statistics
import textwrap

records = [
    {"city": "Lisbon", "temps": [14, 15, 17, 20, 24, 27]},
    {"city": "Reykjavík", "temps": [-1, 0, 1, 4, 7, 10]},
    {"city": "Nairobi", "temps": [19, 20, 20, 19, 18, 17]},
    {"city": "Ulaanbaatar", "temps": [-22, -17, -7, 2, 10, 16]},
]
months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
headers = ["City", *months, "Mean", "Range"]
rows = []
for r in records:
    t = r["temps"]
    rows.append([r["city"], *map(str, t), f"{statistics.fmean(t):.1f}", str(max(t) - min(t))])
widths = [max(len(cell) for cell in col) for col in zip(headers, *rows)]
def fmt_row(cells):
    out = []
    for i, (cell, w) in enumerate(zip(cells, widths)):
        out.append(cell.ljust(w) if i == 0 else cell.rjust(w))
    return "| " + " | ".join(out) + " |"
print(fmt_row(headers))
print("|" + "|".join((":" + "-" * (w + 1)) if i == 0 else ("-" * (w + 1) + ":") for i, w in enumerate(widths)) + "|")
for row in rows:
    print(fmt_row(row))
print()
cols = list(itertools.zip_longest(*[r["temps"] for r in records], fillvalue=None))
print("monthly medians:", {m: statistics.median(c) for m, c in zip(months, cols)})
warmest = max(records, key=lambda r: statistics.fmean(r["temps"]))
print(textwrap.fill(f"Warmest on average: {warmest['city']}. Largest swing: "
                    f"{max(records, key=lambda r: max(r['temps']) - min(r['temps']))['city']}.", 30))
