# description: complex division and abs avoid intermediate overflow/underflow (scaling), and special operands
# features: [builtins, complex]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("huge / huge", lambda: complex(1e300, 1e300) / complex(1e300, 1e300))
show("huge / huge conj", lambda: complex(1e300, 1e300) / complex(1e300, -1e300))
show("tiny / tiny", lambda: complex(1e-300, 1e-300) / complex(1e-300, 2e-300))
show("abs huge", lambda: abs(complex(1e300, 1e300)))
show("abs tiny", lambda: abs(complex(3e-320, 4e-320)))
show("abs overflow", lambda: abs(complex(1.7e308, 1.7e308)))
show("1 / (inf+0j)", lambda: 1 / complex(float("inf"), 0))
show("(inf+0j) / 2", lambda: complex(float("inf"), 0) / 2)
show("nan components", lambda: complex(float("nan"), 1) * 2)
show("divide by real", lambda: (3 + 4j) / 2, )
show("real / complex", lambda: 1 / (0 + 1j))
show("pure imaginary division", lambda: 1j / 1j)
show("exact", lambda: (1 + 2j) * (3 - 4j) / (3 - 4j))
show("int ** complex", lambda: 2 ** (1 + 1j))
show("complex ** big int", lambda: (1 + 1j) ** 40)
show("complex ** negative int", lambda: (1 + 1j) ** -2)
show("complex ** 0.5", lambda: (-4 + 0j) ** 0.5)
