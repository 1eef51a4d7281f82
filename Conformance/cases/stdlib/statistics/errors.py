# description: StatisticsError (a ValueError) messages for empty or too-small data and invalid values across the module
# features: [statistics, exceptions]
# min-version: 3.13
# expect: output

import statistics as st

cases = [
    ("mean", lambda: st.mean([])),
    ("fmean", lambda: st.fmean([])),
    ("median", lambda: st.median([])),
    ("median_low", lambda: st.median_low([])),
    ("variance", lambda: st.variance([1])),
    ("pvariance", lambda: st.pvariance([])),
    ("stdev", lambda: st.stdev([])),
    ("harmonic negative", lambda: st.harmonic_mean([1, -1])),
    ("geometric nonpositive", lambda: st.geometric_mean([1, -2])),
    ("geometric empty", lambda: st.geometric_mean([])),
    ("fmean weights mismatch", lambda: st.fmean([1, 2], weights=[1])),
    ("fmean zero weights", lambda: st.fmean([1, 2], weights=[0, 0])),
    ("correlation short", lambda: st.correlation([1], [2])),
    ("correlation constant", lambda: st.correlation([1, 1], [1, 2])),
    ("covariance unequal", lambda: st.covariance([1, 2], [1])),
]
for label, fn in cases:
    try:
        fn()
        print(label, "-> no error")
    except st.StatisticsError as e:
        print(f"{label}: {e}")
print("is ValueError:", issubclass(st.StatisticsError, ValueError))
try:
    st.mean(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
