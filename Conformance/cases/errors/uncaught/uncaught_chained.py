# description: an uncaught exception raised while handling another; the final exception type is reported last
# features: [exceptions]
# expect: exception RuntimeError

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {text!r}") from e

print(parse("12"))
print(parse("twelve"))
