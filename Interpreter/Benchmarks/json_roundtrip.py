# JSON round trip: encode and decode nested documents with strings, numbers and lists.
import json
import sys


def document(i):
    return {
        "id": i,
        "name": "item-%d" % i,
        "tags": ["alpha", "beta", "gamma"][: i % 4],
        "price": i * 1.25,
        "active": i % 3 == 0,
        "owner": {"first": "Ada", "last": "Lovelace", "uid": i * 7},
        "history": [{"t": t, "v": t * 0.5} for t in range(i % 5)],
        "note": "line\twith \"quotes\" and unicode \u00e9" if i % 2 else None,
    }


n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
docs = [document(i) for i in range(n)]
total = 0
for _ in range(5):
    text = json.dumps(docs, sort_keys=(_ % 2 == 0))
    back = json.loads(text)
    total += len(text) + len(back)
pretty = json.dumps(docs[:3], indent=2)
print(total, len(pretty), back[-1]["owner"]["uid"])
