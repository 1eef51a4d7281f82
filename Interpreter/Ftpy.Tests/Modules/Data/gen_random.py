"""Writes random.jsonl: Mersenne Twister streams from CPython 3.13's _random for the C# tests.

Each line is one seed: the int seed (as a decimal string), the first random() values (repr),
getrandbits(k) for several k (decimal strings), and a digest of the state after seeding.
Run with python3.13: python3.13 gen_random.py > random.jsonl
"""
import json
import random
import hashlib
import sys

sys.set_int_max_str_digits(0)

SEEDS = [0, 1, 2, 42, -42, 5489, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1, 2**63, 2**64 - 1,
         2**100 + 12345, 10**50, -(10**40), 123456789, 19650218, 2**19937 - 1]
BITS = [1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 100, 128, 1000]

for seed in SEEDS:
    r = random.Random(seed)
    state = r.getstate()[1]
    doubles = [repr(r.random()) for _ in range(8)]
    bits = [str(r.getrandbits(k)) for k in BITS]
    # Cross the regeneration boundary of the 624-word block several times.
    words = [str(r.getrandbits(32)) for _ in range(1500)][-5:]
    print(json.dumps({
        "seed": str(seed),
        "state_head": [str(x) for x in state[:4]],
        "index": state[-1],
        "doubles": doubles,
        "bits": [[k, v] for k, v in zip(BITS, bits)],
        "words_tail": words,
    }))
for text in [b"", b"hello", "h\u00e9llo".encode(), bytes(range(256))]:
    seed = int.from_bytes(text + hashlib.sha512(text).digest())
    print(json.dumps({"bytes_hex": text.hex(), "sha512_seed": str(seed)}))
