# description: mock.patch and patch.object as decorator and context manager replace attributes temporarily and restore them
# features: [unittest, os]
# expect: output

import os
from unittest import mock

class Clock:
    def now(self):
        return "real time"

def report(clock):
    return f"[{clock.now()}] cwd={os.path.basename(os.getcwd())}"

c = Clock()
with mock.patch.object(Clock, "now", return_value="12:00"):
    print("patched method:", c.now())
print("restored method:", c.now())
with mock.patch("os.getcwd", return_value="/fake/place") as fake:
    print("patched module attr:", report(c), fake.call_count)
print("restored getcwd:", os.path.basename(os.getcwd()))

@mock.patch.dict(os.environ, {"MODE": "test"})
def read_mode():
    return os.environ["MODE"]
print("patch.dict:", read_mode(), "MODE" in os.environ)

@mock.patch.object(Clock, "now")
def decorated(mocked):
    mocked.return_value = "decorated"
    return Clock().now(), mocked.call_count
print("decorator injects mock:", decorated())
with mock.patch.object(Clock, "missing", create=True, new="created"):
    print("create=True:", Clock.missing)
print("created attr removed:", hasattr(Clock, "missing"))
try:
    with mock.patch.object(Clock, "absent"):
        pass
except AttributeError as e:
    print("AttributeError:", e)
real_cpus = os.cpu_count()
p = mock.patch("os.cpu_count", return_value=64)
started = p.start()
print("start/stop:", os.cpu_count(), started.called)
p.stop()
print("stopped restores:", os.cpu_count() == real_cpus)
with mock.patch("builtins.open", mock.mock_open(read_data="line1\nline2\n")) as mo:
    with open("anything.txt") as f:
        print("mock_open:", f.read().splitlines())
    mo.assert_called_once_with("anything.txt")
