# description: time module clocks: result types, monotonic/perf_counter never go backwards, sleep arguments
# features: [builtins, time]
# expect: output
import time

print("time() float:", type(time.time()).__name__, "time_ns int:", type(time.time_ns()).__name__)
print("monotonic float:", type(time.monotonic()).__name__, "perf_counter float:", type(time.perf_counter()).__name__)
print("ns variants int:", all(isinstance(f(), int) for f in (time.monotonic_ns, time.perf_counter_ns, time.process_time_ns)))
m = [time.monotonic() for _ in range(1000)]
p = [time.perf_counter_ns() for _ in range(1000)]
print("monotonic non-decreasing:", all(x <= y for x, y in zip(m, m[1:])))
print("perf_counter_ns non-decreasing:", all(x <= y for x, y in zip(p, p[1:])))
t0 = time.monotonic()
time.sleep(0.02)
print("sleep(0.02) advanced monotonic by >= 0.015:", time.monotonic() - t0 >= 0.015)
print("sleep(0) returns None:", time.sleep(0))
try:
    time.sleep(-1)
except ValueError as e:
    print("negative sleep ! ValueError:", e)
try:
    time.sleep("1")
except TypeError as e:
    print("str sleep ! TypeError:", e)
print("time.time vs time_ns agree within 1s:", abs(time.time() - time.time_ns() / 1e9) < 1)
info = time.get_clock_info("monotonic")
print("clock info monotonic:", info.monotonic, isinstance(info.resolution, float))
print("process_time float:", isinstance(time.process_time(), float))
