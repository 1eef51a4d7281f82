# description: the `python -m unittest` command line (module=None): discover with -s/-p/-v, positional start and pattern, dotted test names and -k, with CPython's report
# features: [unittest, os, imports]
# min-version: 3.13
# expect: output

import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
PROJECT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_discover_project")


class BufferedRunner(unittest.TextTestRunner):
    # A runner class (not an instance), so that -v/-q reach it as they do from the command line.
    stream_buffer = None

    def __init__(self, **kwargs):
        super().__init__(stream=BufferedRunner.stream_buffer, **kwargs)


def run(argv):
    buf = BufferedRunner.stream_buffer = io.StringIO()
    prog = unittest.main(module=None, argv=["python -m unittest"] + argv, exit=False,
                         testRunner=BufferedRunner)
    text = buf.getvalue().replace(HERE, "<dir>/")
    text = re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in <time>", text)
    print("=====", " ".join(argv).replace(PROJECT, "<project>"))
    print(text, end="")
    r = prog.result
    print("ids:", sorted(t.id() for t, _ in r.failures + r.errors), r.testsRun)


run(["discover", "-s", PROJECT, "-v"])
sys.path.insert(0, PROJECT)
run(["discover", PROJECT, "check_*.py"])
run(["test_alpha.AlphaTests.test_one", "test_beta"])
run(["-v", "pkg.test_gamma"])
run(["discover", "-s", PROJECT, "-p", "test_b*.py", "-k", "passes"])
