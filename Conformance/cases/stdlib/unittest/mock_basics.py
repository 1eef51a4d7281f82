# description: unittest.mock Mock/MagicMock record calls, configure return values and side effects, and assert_called_* report CPython's messages
# features: [unittest]
# min-version: 3.12
# expect: output

from unittest import mock

m = mock.Mock(name="svc")
m.fetch.return_value = {"ok": True}
print("return_value:", m.fetch("a", retries=2))
print("called:", m.fetch.called, m.fetch.call_count, m.fetch.call_args)
print("call_args parts:", m.fetch.call_args.args, m.fetch.call_args.kwargs)
m.fetch.assert_called_once_with("a", retries=2)
try:
    m.fetch.assert_called_with("b")
except AssertionError as e:
    print("AssertionError:", e)
try:
    m.other.assert_called()
except AssertionError as e:
    print("AssertionError:", e)
m.fetch("c")
print("call_args_list:", m.fetch.call_args_list)
print("mock_calls:", m.mock_calls)
m.fetch.assert_has_calls([mock.call("a", retries=2), mock.call("c")])
m.fetch.assert_any_call("c")
m.boom.side_effect = KeyError("nope")
try:
    m.boom()
except KeyError as e:
    print("side_effect exception:", e)
m.seq.side_effect = [1, 2]
print("side_effect iterable:", m.seq(), m.seq())
try:
    m.seq()
except StopIteration:
    print("exhausted side_effect -> StopIteration")
m.double.side_effect = lambda x: x * 2
print("side_effect function:", m.double(21))
spec = mock.Mock(spec=["read"])
try:
    spec.write
except AttributeError as e:
    print("AttributeError:", e)
mm = mock.MagicMock()
mm.__len__.return_value = 3
mm.__getitem__.side_effect = lambda k: k.upper()
print("MagicMock dunders:", len(mm), mm["x"], bool(mm), list(iter(mm)))
with mm as ctx:
    print("context manager:", ctx is mm.__enter__.return_value)
m.reset_mock()
print("after reset:", m.fetch.call_count, m.mock_calls)
print("sentinel:", mock.sentinel.token is mock.sentinel.token, mock.sentinel.token)
print("ANY:", mock.call(1, mock.ANY) == mock.call(1, "anything"))
