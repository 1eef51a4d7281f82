# description: correlation, covariance, linear_regression (incl. proportional) and NormalDist arithmetic match CPython's values
# features: [statistics]
# min-version: 3.12
# expect: output

import statistics as st

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print("covariance:", repr(st.covariance(x, y)))
print("correlation:", repr(st.correlation(x, y)), repr(st.correlation(x, x[::-1])))
print("spearman:", repr(st.correlation([1, 2, 3, 4], [1, 4, 9, 16], method="ranked")))
lr = st.linear_regression([1, 2, 3, 4, 5], [3.1, 4.9, 7.2, 8.8, 11.1])
print("linear_regression:", repr(lr.slope), repr(lr.intercept), type(lr).__name__)
print("proportional:", st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
n = st.NormalDist(mu=100, sigma=15)
print("NormalDist:", repr(n), n.mean, n.stdev, n.variance)
print("cdf/pdf:", repr(n.cdf(115)), repr(n.pdf(100)))
print("inv_cdf:", repr(n.inv_cdf(0.975)))
print("quantiles:", [round(q, 6) for q in n.quantiles(4)])
print("zscore:", n.zscore(130))
print("arith:", repr(n + 10), repr(n * 2), repr(n - st.NormalDist(0, 20)))
print("overlap:", repr(st.NormalDist(0, 1).overlap(st.NormalDist(1, 1))))
print("from_samples:", repr(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])))
print("eq:", st.NormalDist(1, 2) == st.NormalDist(1, 2))
try:
    st.NormalDist(0, -1)
except st.StatisticsError as e:
    print("StatisticsError:", e)
