# description: logging getLogger hierarchy, levels, propagation, basicConfig formats (%, { and $ styles), handlers, filters, LoggerAdapter and exception logging behave like CPython
# features: [logging, io]
# expect: output

import io
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)-8s %(name)s:%(funcName)s: %(message)s")
root = logging.getLogger()
app = logging.getLogger("app")
db = logging.getLogger("app.db")
print("same object:", logging.getLogger("app.db") is db, db.parent is app, app.parent is root)
print("levels:", root.level, app.level, db.getEffectiveLevel(), logging.getLevelName(db.getEffectiveLevel()))


def connect():
    db.info("connecting to %s:%d", "localhost", 5432)
    db.debug("not shown at INFO")


connect()
app.setLevel(logging.WARNING)
db.info("suppressed by app's level")
db.warning("slow query (%.1f s)", 2.5)
app.setLevel(logging.NOTSET)

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
handler.setLevel(logging.ERROR)
db.addHandler(handler)
db.error("disk full")
db.warning("below the handler level")
print("handler got:", repr(stream.getvalue()))

only_cache = logging.Filter("app.cache")
handler.addFilter(only_cache)
db.error("filtered out")
logging.getLogger("app.cache").error("cache error passes")
print("after filter:", repr(stream.getvalue().splitlines()[-1]))
db.removeHandler(handler)

quiet = logging.getLogger("quiet")
quiet.propagate = False
quiet.warning("goes to the last-resort handler (stderr), not stdout")
print("quiet has handlers:", quiet.hasHandlers(), "app has handlers:", app.hasHandlers())

adapter = logging.LoggerAdapter(db, {"request": "r-17"})
adapter.warning("adapted message")
print("adapter:", adapter, adapter.isEnabledFor(logging.DEBUG))

fmt = logging.Formatter("$levelname:$message", style="$")
record = logging.makeLogRecord({"levelname": "INFO", "msg": "made %s", "args": ("record",), "levelno": 20})
print("template style:", fmt.format(record))

try:
    {}["k"]
except KeyError:
    buf = io.StringIO()
    h = logging.StreamHandler(buf)
    h.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("exc")
    log.propagate = False
    log.addHandler(h)
    log.exception("lookup failed")
    lines = buf.getvalue().splitlines()
    print("exception text:", lines[0], "|", lines[1], "|", lines[-1])
    log.removeHandler(h)

logging.disable(logging.WARNING)
db.warning("disabled")
logging.disable(logging.NOTSET)
db.warning("enabled again")
print("names:", logging.getLevelName(15), logging.getLevelName("ERROR"), logging.getLevelNamesMapping()["WARN"])
logging.addLevelName(15, "VERBOSE")
db.setLevel(15)
db.log(15, "custom level")
print("repr:", repr(db), repr(root), repr(logging.StreamHandler(sys.stdout)).startswith("<StreamHandler"))
try:
    db.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
try:
    logging.basicConfig(stream=sys.stdout, filename="x.log", force=True)
except ValueError as e:
    print("ValueError:", e)
