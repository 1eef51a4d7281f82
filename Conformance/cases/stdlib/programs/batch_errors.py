# description: program - a batch job runner collecting failures with traceback.extract_tb, warnings captured per job and contextlib.suppress
# features: [traceback, warnings, contextlib]
# min-version: 3.12
# expect: output

import contextlib
import traceback
import warnings

def parse_age(record):
    age = int(record["age"])
    if age > 120:
        warnings.warn(f"suspicious age {age}", RuntimeWarning)
    return age

def job_sum(records):
    return sum(parse_age(r) for r in records)

def job_avg(records):
    return job_sum(records) / len(records)

def job_legacy(records):
    warnings.warn("job_legacy is deprecated", DeprecationWarning)
    return max(parse_age(r) for r in records)

BATCHES = {
    "ok": [{"age": "30"}, {"age": "40"}],
    "empty": [],
    "bad-value": [{"age": "x"}],
    "missing": [{"name": "n"}],
    "old": [{"age": "150"}, {"age": "20"}],
}
report = []
for batch, records in BATCHES.items():
    for job in (job_sum, job_avg, job_legacy):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                result = job(records)
                status = f"ok {result!r}"
            except Exception as e:
                frames = traceback.extract_tb(e.__traceback__)
                where = " > ".join(f.name for f in frames[1:])
                status = f"{type(e).__name__} in {where}: {e}"
        notes = [f"{w.category.__name__}({w.message})" for w in caught]
        report.append((batch, job.__name__, status, notes))
for batch, name, status, notes in report:
    print(f"{batch:9} {name:10} {status}{'  ' + ', '.join(notes) if notes else ''}")
failures = [r for r in report if not r[2].startswith("ok")]
print("failures:", len(failures), "of", len(report))
with contextlib.suppress(ZeroDivisionError):
    print("avg of empty:", job_avg([]))
print("last error only:", "".join(traceback.format_exception_only(ValueError("summary"))).strip())
