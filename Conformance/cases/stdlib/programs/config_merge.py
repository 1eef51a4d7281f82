# description: program - layered configuration from JSON defaults, a JSON file, environment variables and CLI-style args using ChainMap and typing
# features: [json, collections, os, typing]
# args: ["--port=9000", "--debug"]
# expect: output

import json
import os
import sys
from collections import ChainMap
from typing import Any, TypedDict, get_type_hints

class Config(TypedDict):
    host: str
    port: int
    debug: bool
    workers: int
    tags: list

DEFAULTS = '{"host": "localhost", "port": 8080, "debug": false, "workers": 2, "tags": []}'
FILE = '{"workers": 4, "tags": ["web"], "unknown_key": 1}'

def coerce(key: str, value: Any) -> Any:
    typ = get_type_hints(Config)[key]
    if typ is bool and isinstance(value, str):
        return value.lower() in ("1", "true", "yes", "")
    if typ is int:
        return int(value)
    if typ is list and isinstance(value, str):
        return [v for v in value.split(",") if v]
    return value

def from_env(prefix="APP_"):
    return {k[len(prefix):].lower(): v for k, v in os.environ.items() if k.startswith(prefix)}

def from_args(argv):
    out = {}
    for arg in argv:
        if arg.startswith("--"):
            key, _, value = arg[2:].partition("=")
            out[key] = value
    return out

os.environ["APP_HOST"] = "0.0.0.0"
os.environ["APP_TAGS"] = "api,v2"
os.environ["APP_WORKERS"] = "8"
print("argv:", sys.argv[1:])
layers = ChainMap(from_args(sys.argv[1:]), from_env(), json.loads(FILE), json.loads(DEFAULTS))
config: Config = {k: coerce(k, layers[k]) for k in Config.__annotations__}
print(json.dumps(config, indent=2))
for key in Config.__annotations__:
    source = next(i for i, m in enumerate(layers.maps) if key in m)
    print(f"{key:8} from {['args', 'env', 'file', 'defaults'][source]}")
ignored = sorted(set(layers) - set(Config.__annotations__))
print("ignored keys:", ignored)
for k in ("APP_HOST", "APP_TAGS", "APP_WORKERS"):
    del os.environ[k]
