# description: mode returns the first most common value, multimode returns all ties in first-seen order, including for strings
# features: [statistics]
# expect: output

import statistics as st

print("mode:", st.mode([1, 1, 2, 3, 3, 3, 3, 4]))
print("mode tie first seen:", st.mode(["red", "blue", "blue", "red", "green"]))
print("mode strings:", st.mode("aabbbc"))
print("mode floats:", st.mode([1.5, 2.5, 1.5]))
print("multimode:", st.multimode("aabbbbccddddeeffffgg"))
print("multimode all unique:", st.multimode([3, 1, 2]))
print("multimode empty:", st.multimode([]))
print("mode nominal:", st.mode([("a", 1), ("b", 2), ("a", 1)]))
try:
    st.mode([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.mode([[1], [1]])
except TypeError as e:
    print("TypeError:", e)
