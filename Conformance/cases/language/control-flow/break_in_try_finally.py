# description: break and continue inside try/finally always run the finally block
# features: [control-flow, exceptions]
# expect: output

log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(f"body{i}")
    finally:
        log.append(f"finally{i}")
print(log)

# break inside except inside loop
log = []
for i in range(3):
    try:
        raise KeyError(i)
    except KeyError:
        log.append(f"except{i}")
        if i == 1:
            break
    finally:
        log.append(f"fin{i}")
else:
    log.append("else")
print(log)

# continue in finally (allowed since 3.8)
log = []
for i in range(3):
    try:
        log.append(f"try{i}")
    finally:
        log.append(f"fin{i}")
        continue
    log.append("unreachable")
print(log)

# break in finally swallows the exception in flight
def swallow():
    for i in range(3):
        try:
            raise ValueError("lost")
        finally:
            break
    return "swallowed"
print(swallow())

# nested try/finally around break: all finallys run innermost first
log = []
while True:
    try:
        try:
            log.append("inner")
            break
        finally:
            log.append("inner-finally")
    finally:
        log.append("outer-finally")
print(log)

# return inside loop inside try/finally runs finally
def f():
    log = []
    try:
        for i in range(3):
            try:
                if i == 1:
                    return log
                log.append(i)
            finally:
                log.append(f"f{i}")
    finally:
        log.append("outer")
res = f()
print(res)

# while with else and finally
log = []
n = 0
while n < 2:
    try:
        n += 1
        continue
    finally:
        log.append(n)
else:
    log.append("else")
print(log)
