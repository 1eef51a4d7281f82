# description: program - a URL router with regex route patterns, typed converters, a runtime-checkable handler Protocol and lru_cache'd matching
# features: [re, functools, typing, operator]
# expect: output

import operator
import re
from functools import lru_cache
from typing import Callable, Protocol, runtime_checkable

@runtime_checkable
class Handler(Protocol):
    def __call__(self, **params) -> str: ...

CONVERTERS = {"int": (r"\d+", int), "str": (r"[^/]+", str), "slug": (r"[a-z0-9-]+", str)}
routes: list[tuple[re.Pattern, dict, Callable, str]] = []

def route(pattern: str):
    def register(fn):
        conv = {}
        def repl(m):
            typ, name = m.group(1) or "str", m.group(2)
            regex, func = CONVERTERS[typ]
            conv[name] = func
            return f"(?P<{name}>{regex})"
        compiled = re.compile("^" + re.sub(r"<(?:(\w+):)?(\w+)>", repl, pattern) + "/?$")
        routes.append((compiled, conv, fn, pattern))
        return fn
    return register

@route("/")
def index():
    return "home"

@route("/users/<int:uid>")
def user(uid):
    return f"user #{uid} (next {uid + 1})"

@route("/posts/<slug:slug>/comments/<int:cid>")
def comment(slug, cid):
    return f"comment {cid} on {slug}"

@route("/files/<name>")
def files(name):
    return f"file {name!r}"

@lru_cache(maxsize=32)
def resolve(path: str):
    for regex, conv, fn, pattern in routes:
        m = regex.match(path)
        if m:
            params = {k: conv[k](v) for k, v in m.groupdict().items()}
            return pattern, fn, tuple(sorted(params.items()))
    return None

for path in ["/", "/users/42", "/users/42/", "/users/abc", "/posts/hello-world/comments/7",
             "/files/report.pdf", "/files/a/b", "/users/42"]:
    hit = resolve(path)
    if hit is None:
        print(f"{path:32} 404")
        continue
    pattern, fn, params = hit
    print(f"{path:32} {pattern:36} {fn(**dict(params))}")
print("handlers are Handler:", all(isinstance(r[2], Handler) for r in routes))
print("cache:", resolve.cache_info())
print("patterns by length:", [p for *_, p in sorted(routes, key=operator.itemgetter(3))])
print("group names:", [sorted(r[0].groupindex) for r in routes])
