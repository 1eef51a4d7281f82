# description: TestCase assert methods produce CPython's failure messages, including diffs, msg/longMessage and maxDiff handling
# features: [unittest]
# min-version: 3.12
# expect: output

import unittest

tc = unittest.TestCase()

def show(label, fn, *args, **kw):
    try:
        fn(*args, **kw)
        print(f"[{label}] passed")
    except AssertionError as e:
        print(f"[{label}] {e}")

show("equal ints", tc.assertEqual, 1, 2)
show("equal strs", tc.assertEqual, "spam", "eggs")
show("multiline strs", tc.assertEqual, "a\nb\nc\n", "a\nB\nc\n")
show("lists", tc.assertEqual, [1, 2, 3], [1, 2, 4])
show("tuples", tc.assertTupleEqual, (1, 2), (1, 2, 3))
show("dicts", tc.assertDictEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3})
show("sets", tc.assertSetEqual, {1, 2}, {2, 3})
show("not equal", tc.assertNotEqual, 5, 5)
show("true", tc.assertTrue, 0)
show("false", tc.assertFalse, [1])
show("is", tc.assertIs, 1, None)
show("is not", tc.assertIsNot, None, None)
show("is none", tc.assertIsNone, 0)
show("is not none", tc.assertIsNotNone, None)
show("in", tc.assertIn, 1, [2, 3])
show("not in", tc.assertNotIn, "a", "abc")
show("isinstance", tc.assertIsInstance, 1, str)
show("almost", tc.assertAlmostEqual, 1.0, 1.1)
show("almost places", tc.assertAlmostEqual, 1.0, 1.001, places=2)
show("almost delta", tc.assertAlmostEqual, 10, 12, delta=1)
show("not almost", tc.assertNotAlmostEqual, 1.0, 1.0000000001)
show("greater", tc.assertGreater, 1, 2)
show("less equal", tc.assertLessEqual, 3, 2)
show("count equal", tc.assertCountEqual, [1, 1, 2], [1, 2, 2])
show("regex", tc.assertRegex, "hello", r"^\d+$")
show("not regex", tc.assertNotRegex, "abc123", r"\d+")
show("multiline equal", tc.assertMultiLineEqual, "x\ny", "x\nz")
show("sequence", tc.assertSequenceEqual, [1, 2], (1, 2))
show("custom msg", tc.assertEqual, 1, 2, msg="values differ")
tc.longMessage = False
show("longMessage off", tc.assertEqual, 1, 2, msg="only this")
tc.longMessage = True
tc.maxDiff = 20
show("maxDiff", tc.assertEqual, list(range(10)), list(range(1, 11)))
show("fail", tc.fail, "explicit failure")
