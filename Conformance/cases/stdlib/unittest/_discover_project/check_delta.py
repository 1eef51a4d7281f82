import unittest


class DeltaTests(unittest.TestCase):
    def test_found_with_custom_pattern(self):
        self.assertNotEqual("a", "b")
