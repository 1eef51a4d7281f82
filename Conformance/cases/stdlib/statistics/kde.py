# description: statistics.kde (3.13) builds pdf/cdf estimators with named kernels and validates its arguments
# features: [statistics]
# min-version: 3.13
# expect: output

import statistics as st

sample = [-2.1, -1.3, -0.4, 1.9, 5.1, 6.2]
f = st.kde(sample, h=1.5)
print("pdf:", [round(f(x), 6) for x in (-2, 0, 2, 5)])
F = st.kde(sample, h=1.5, cumulative=True)
print("cdf:", [round(F(x), 6) for x in (-10, 0, 10)])
print("name/doc:", f.__name__, F.__name__)
for kernel in ("normal", "logistic", "sigmoid", "rectangular", "triangular", "parabolic", "quartic", "triweight", "cosine"):
    g = st.kde(sample, h=1.0, kernel=kernel)
    print(f"{kernel:11} {g(0.0):.6f}")
for bad in ({"h": 0}, {"h": 1, "kernel": "nope"}):
    try:
        st.kde(sample, **bad)
    except st.StatisticsError as e:
        print("StatisticsError:", e)
try:
    st.kde([], h=1)
except st.StatisticsError as e:
    print("StatisticsError:", e)
