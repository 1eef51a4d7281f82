import unittest

raise unittest.SkipTest("optional dependency missing")
