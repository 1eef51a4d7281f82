import unittest


class Broken(unittest.TestCase):
    def test_a(self):
        x = (1,
