# description: program - parse access-log lines with re, aggregate with collections and emit a JSON report
# features: [re, collections, json]
# expect: output

import json
import re
from collections import Counter, defaultdict

LOG = """\
2024-05-01T10:00:01 INFO  GET /api/users 200 12ms user=ann
2024-05-01T10:00:02 INFO  GET /api/users 200 8ms user=bob
2024-05-01T10:00:02 WARN  POST /api/login 401 30ms user=eve
2024-05-01T10:00:05 ERROR GET /api/report 500 1203ms user=ann
malformed line here
2024-05-01T10:01:00 INFO  GET /api/users/42 200 15ms user=cid
2024-05-01T10:01:30 INFO  POST /api/login 200 22ms user=eve
2024-05-01T10:02:00 ERROR GET /api/report 503 998ms user=bob
2024-05-01T10:02:10 INFO  DELETE /api/users/42 204 9ms user=ann
"""

LINE = re.compile(
    r"^(?P<ts>\S+)\s+(?P<level>[A-Z]+)\s+(?P<method>GET|POST|PUT|DELETE)\s+"
    r"(?P<path>/\S*)\s+(?P<status>\d{3})\s+(?P<ms>\d+)ms\s+user=(?P<user>\w+)$"
)

levels = Counter()
by_endpoint = defaultdict(list)
users = Counter()
bad = []
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(lineno)
        continue
    levels[m["level"]] += 1
    endpoint = re.sub(r"/\d+(?=/|$)", "/{id}", m["path"])
    by_endpoint[(m["method"], endpoint)].append(int(m["ms"]))
    users[m["user"]] += 1

report = {
    "levels": dict(levels.most_common()),
    "endpoints": {
        f"{method} {path}": {"count": len(times), "avg_ms": round(sum(times) / len(times), 1), "max_ms": max(times)}
        for (method, path), times in sorted(by_endpoint.items())
    },
    "top_users": users.most_common(2),
    "malformed_lines": bad,
    "error_rate": round(levels["ERROR"] / sum(levels.values()), 3),
}
print(json.dumps(report, indent=2, sort_keys=True))
