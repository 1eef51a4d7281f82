# description: program - a formatted text report of exam scores using textwrap, string.Template/Formatter and statistics
# features: [textwrap, string, statistics]
# expect: output

import statistics
import string
import textwrap

scores = {
    "Algebra": [72, 88, 95, 61, 79, 88, 90],
    "Biology": [55, 67, 71, 80, 80, 62],
    "Chemistry": [91, 93, 89, 97, 95],
    "Drama": [70],
}
header = string.Template("Report for $term — $count subjects")
print(header.substitute(term="Spring", count=len(scores)))
print("=" * 40)
fmt = string.Formatter()
row = "{name:<10} {n:>2} {mean:>6.2f} {median:>6} {stdev:>6}"
print(fmt.format("{:<10} {:>2} {:>6} {:>6} {:>6}", "subject", "n", "mean", "median", "stdev"))
summary = {}
for name, vals in scores.items():
    sd = f"{statistics.stdev(vals):.2f}" if len(vals) > 1 else "n/a"
    summary[name] = statistics.mean(vals)
    print(fmt.format(row, name=name, n=len(vals), mean=statistics.mean(vals), median=statistics.median(vals), stdev=sd))
all_scores = [s for v in scores.values() for s in v]
print()
print("overall mean:", round(statistics.fmean(all_scores), 3))
print("overall quartiles:", statistics.quantiles(all_scores, n=4))
print("most common score:", statistics.mode(all_scores), statistics.multimode(all_scores))
best = max(summary, key=summary.get)
note = (f"The strongest subject this term was {best} with an average of {summary[best]:.1f}. "
        f"Subjects with fewer than two results ({', '.join(k for k, v in scores.items() if len(v) < 2)}) "
        "have no standard deviation and should be interpreted with care.")
print()
print(textwrap.fill(note, width=44, initial_indent="Note: ", subsequent_indent="      "))
print(textwrap.indent(textwrap.dedent("""\
    Legend:
      n      number of results
      stdev  sample standard deviation
"""), "| "), end="")
print(textwrap.shorten("Generated automatically by the reporting script; do not edit by hand please.", 40))
