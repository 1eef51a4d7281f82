# description: statistics.quantiles for various n with exclusive and inclusive methods, and its argument errors
# features: [statistics]
# min-version: 3.13
# expect: output

import statistics as st

data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
print("deciles:", [round(q, 1) for q in st.quantiles(data, n=10)])
print("quartiles:", st.quantiles(data))
print("inclusive:", st.quantiles(data, method="inclusive"))
print("small exclusive:", st.quantiles([1, 2, 3, 4], n=4), "inclusive:", st.quantiles([1, 2, 3, 4], n=4, method="inclusive"))
print("two points:", st.quantiles([1, 10], n=3))
print("n=1:", st.quantiles([1, 2, 3], n=1))
print("single point:", st.quantiles([5], n=4))
for kwargs in ({"n": 0}, {"method": "nope"}):
    try:
        st.quantiles(data, **kwargs)
    except (st.StatisticsError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    st.quantiles([], n=4)
except st.StatisticsError as e:
    print("StatisticsError:", e)
