# description: program - word frequency analysis over an in-memory text stream with io, re, string and collections.Counter
# features: [io, re, string, collections]
# expect: output

import io
import re
import string
from collections import Counter

TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness...
"""
STOP = {"it", "was", "the", "of"}
stream = io.StringIO(TEXT)
counts = Counter()
line_lengths = []
for line in stream:
    words = re.findall(r"[a-z']+", line.lower())
    line_lengths.append(len(words))
    counts.update(w for w in words if w not in STOP)
print("lines:", len(line_lengths), "words per line:", line_lengths)
print("top:", counts.most_common(4))
print("hapax:", sorted(w for w, c in counts.items() if c == 1))
letters = Counter(ch for ch in TEXT.lower() if ch in string.ascii_lowercase)
print("top letters:", "".join(ch for ch, _ in letters.most_common(5)))
print("missing letters:", "".join(sorted(set(string.ascii_lowercase) - set(letters))))
punct = Counter(ch for ch in TEXT if ch in string.punctuation)
print("punctuation:", sorted(punct.items()))
out = io.StringIO()
for word, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    out.write(f"{word:>12} {'#' * c}\n")
print(out.getvalue(), end="")
print("capitalized:", string.capwords("the season of light"))
