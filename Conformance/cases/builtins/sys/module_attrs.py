# description: shapes of sys attributes: path, modules, version_info, maxsize, byteorder, flags names, implementation
# features: [builtins, sys]
# expect: output
import sys
print("path is list of str:", type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print("modules is dict with sys/builtins:", type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules, sys.modules["sys"] is sys)
print("__main__ in modules:", "__main__" in sys.modules, sys.modules["__main__"].__name__)
vi = sys.version_info
print("version_info len/fields:", len(vi), vi[:1], type(vi.minor).__name__, vi.releaselevel in ("alpha", "beta", "candidate", "final"))
print("version_info compare:", vi >= (3,), vi > (2, 99), vi[0] == vi.major, tuple(vi)[:2] == (vi.major, vi.minor))
print("version str starts with major.minor:", sys.version.startswith("%d.%d" % vi[:2]))
print("hexversion consistent:", sys.hexversion >> 24 == vi.major, (sys.hexversion >> 16) & 0xFF == vi.minor)
print("maxsize:", sys.maxsize == 2**63 - 1 or sys.maxsize == 2**31 - 1, type(sys.maxsize).__name__)
print("byteorder:", sys.byteorder in ("little", "big"))
print("maxunicode:", sys.maxunicode, hex(sys.maxunicode))
print("implementation.name is str:", isinstance(sys.implementation.name, str), sys.implementation.name == sys.implementation.name.lower())
print("implementation.version is version-like:", len(sys.implementation.version) == 5)
flag_names = ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
              "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
              "dev_mode", "utf8_mode"]
print("flags attributes:", [n for n in flag_names if not hasattr(sys.flags, n)] == [])
print("flags are ints:", all(isinstance(getattr(sys.flags, n), int) for n in flag_names if n != "dev_mode"))
print("dont_write_bytecode flag:", type(sys.dont_write_bytecode).__name__)
print("float_info:", sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon == 2**-52, sys.float_info.dig, sys.float_info.mant_dig)
print("int_info:", sys.int_info.bits_per_digit in (15, 30), sys.int_info.sizeof_digit in (2, 4))
print("hash_info:", sys.hash_info.width in (32, 64), sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
print("hash_info.modulus:", sys.hash_info.modulus == 2**61 - 1 or sys.hash_info.modulus == 2**31 - 1)
print("stdout/stderr/stdin exist:", all(hasattr(s, "write") or hasattr(s, "read") for s in (sys.stdout, sys.stderr, sys.stdin)))
print("stdout encoding utf-8:", sys.stdout.encoding.lower().replace("-", "") == "utf8")
print("builtin_module_names tuple:", type(sys.builtin_module_names).__name__, "sys" in sys.builtin_module_names)
print("executable is str:", isinstance(sys.executable, str))
print("platform is str:", isinstance(sys.platform, str))
print("getdefaultencoding:", sys.getdefaultencoding())
print("getfilesystemencoding is str:", isinstance(sys.getfilesystemencoding(), str))
