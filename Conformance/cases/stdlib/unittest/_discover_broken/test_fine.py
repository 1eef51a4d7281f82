import unittest


class Fine(unittest.TestCase):
    def test_ok(self):
        self.assertTrue(True)
