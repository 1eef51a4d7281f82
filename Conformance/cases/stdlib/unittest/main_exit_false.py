# description: unittest.main(argv=..., exit=False) runs selected tests (by name and -k pattern) and returns a TestProgram whose result is inspectable
# features: [unittest, sys]
# expect: output

import io
import sys
import unittest

class Widget(unittest.TestCase):
    def test_size(self):
        self.assertEqual(len("abc"), 3)
    def test_color(self):
        self.assertIn("red", ["red"])
    def test_broken(self):
        self.assertEqual("a", "b")

class Other(unittest.TestCase):
    def test_other(self):
        pass

def run(argv):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=0)
    prog = unittest.main(module="__main__", argv=argv, exit=False, testRunner=runner)
    r = prog.result
    print(f"{argv[1:]}: run={r.testsRun} failures={len(r.failures)} errors={len(r.errors)} ok={r.wasSuccessful()}")
    return stream.getvalue()

run(["prog"])
run(["prog", "Widget.test_size", "Other"])
run(["prog", "-k", "co"])
run(["prog", "-k", "*broken*", "-k", "other"])
out = run(["prog", "Widget.test_broken"])
print("summary line:", out.strip().splitlines()[-1])
print("still running after main")
