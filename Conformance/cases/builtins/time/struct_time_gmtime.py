# description: time.gmtime at fixed epochs, struct_time fields/indexing, strftime/asctime
# features: [builtins, time]
# expect: output
import time

g = time.gmtime(0)
print("gmtime(0):", tuple(g))
print("fields:", g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, g.tm_isdst)
print("len/index/slice:", len(g), g[0], g[-1], g[:3])
print("type name:", type(g).__name__)
g2 = time.gmtime(1700000000)
print("gmtime(1700000000):", tuple(g2))
print("strftime:", time.strftime("%Y-%m-%d %H:%M:%S %j %a %b", g2))
print("asctime:", time.asctime(g))
print("strftime %% and literal:", time.strftime("100%% at %H", g))
print("gmtime leap day:", tuple(time.gmtime(951782400))[:3])
print("negative epoch:", tuple(time.gmtime(-86400))[:3])
print("float seconds truncated:", tuple(time.gmtime(59.9))[5])
st = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print("construct struct_time:", st.tm_year, st.tm_yday, time.strftime("%d/%m/%Y", st))
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print("short tuple ! TypeError:", e)
try:
    g.tm_year = 5
except AttributeError as e:
    print("read-only ! AttributeError:", e)
