import unittest


class HelperTests(unittest.TestCase):
    def test_not_collected_by_default_pattern(self):
        pass
