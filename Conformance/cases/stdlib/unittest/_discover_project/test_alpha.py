import unittest


def setUpModule():
    print("  [alpha setUpModule]")


def tearDownModule():
    print("  [alpha tearDownModule]")


class AlphaTests(unittest.TestCase):
    def test_one(self):
        self.assertEqual(1 + 1, 2)

    def test_two_fails(self):
        self.assertGreater(1, 2)

    def test_three_errors(self):
        return {}["missing"]
