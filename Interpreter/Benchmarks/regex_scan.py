# Regex-heavy text scan: tokenizing log lines, substitutions and findall over a generated corpus.
import re
import sys

LINE = re.compile(r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\w+) \[(?P<day>\d\d)/(?P<mon>\w{3})/(?P<year>\d{4})\] '
                  r'"(?P<method>GET|POST|PUT) (?P<path>/[\w/.-]*) HTTP/1\.[01]" (?P<status>\d{3}) (?P<size>\d+)')
WORD = re.compile(r"\b[a-z]{4,}\b", re.IGNORECASE)
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def corpus(n):
    methods = ["GET", "POST", "PUT"]
    users = ["alice", "bob", "carol", "dave"]
    lines = []
    for i in range(n):
        lines.append('10.0.%d.%d - %s [%02d/Nov/2026] "%s /api/v1/items/%d.json HTTP/1.1" %d %d'
                     % (i % 256, (i * 7) % 256, users[i % 4], i % 28 + 1, methods[i % 3], i, 200 + (i % 5) * 100, i * 13 % 5000))
    return lines


n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
lines = corpus(n)
status = {}
bytes_by_user = {}
for line in lines:
    m = LINE.match(line)
    if m:
        status[m.group("status")] = status.get(m.group("status"), 0) + 1
        bytes_by_user[m["user"]] = bytes_by_user.get(m["user"], 0) + int(m["size"])
text = "\n".join(lines)
words = WORD.findall(text)
numbers = NUMBER.findall(text[: len(text) // 4])
redacted = re.sub(r"\d+\.\d+\.\d+\.\d+", "x.x.x.x", text[:200000])
parts = re.split(r"[\[\]\"]", text[:100000])
print(sorted(status.items()), sorted(bytes_by_user.items()), len(words), len(numbers), len(redacted), len(parts))
