# description: the 4300-digit int/str conversion limit, its error messages and sys.set_int_max_str_digits
# features: [builtins, int, sys]
# min-version: 3.12
# expect: output
import sys

def show(label, f):
    try:
        r = f()
        print(label, "ok", r if not isinstance(r, str) or len(r) < 20 else len(r))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

print("default limit:", sys.get_int_max_str_digits())
print("flags:", sys.flags.int_max_str_digits, "info:", sys.int_info.default_max_str_digits,
      sys.int_info.str_digits_check_threshold)
show("str(10**4299)", lambda: str(10**4299))
show("str(10**4300)", lambda: str(10**4300))
show("int('1'*4300)", lambda: int("1" * 4300) % 1000)
show("int('1'*4301)", lambda: int("1" * 4301))
show("int('-'+'1'*4300)", lambda: int("-" + "1" * 4300) % 1000)
show("hex unlimited", lambda: len(hex(10**5000)))
show("int(hex, 16) unlimited", lambda: int("f" * 6000, 16) > 0)
show("int(oct, 8) unlimited", lambda: int("7" * 6000, 8) > 0)
show("repr 10**5000", lambda: repr(10**5000))
show("f-string", lambda: f"{10**5000}")
show("%d", lambda: "%d" % 10**5000)
sys.set_int_max_str_digits(5000)
print("after set 5000:", sys.get_int_max_str_digits())
show("str(10**4999)", lambda: str(10**4999))
show("str(10**5000)", lambda: str(10**5000))
show("set 100", lambda: sys.set_int_max_str_digits(100))
show("set 640", lambda: sys.set_int_max_str_digits(640))
show("str(10**639)", lambda: str(10**639))
show("str(10**640)", lambda: str(10**640))
show("set -1", lambda: sys.set_int_max_str_digits(-1))
sys.set_int_max_str_digits(0)
print("after set 0:", sys.get_int_max_str_digits())
show("str(10**20000) unlimited", lambda: str(10**20000))
sys.set_int_max_str_digits(4300)
show("small ints unaffected", lambda: str(2**1000))
